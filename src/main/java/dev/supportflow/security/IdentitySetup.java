package dev.supportflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Idempotent creation of users, groups, tenants and memberships in Camunda's identity service. */
@Component
public class IdentitySetup {

  /** The domain of the demo users' mailboxes on the embedded mail server. */
  public static final String DEMO_DOMAIN = "demo.supportflow.dev";

  private final IdentityService identityService;

  IdentitySetup(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void tenant(String id, String name) {
    if (identityService.createTenantQuery().tenantId(id).count() == 0) {
      Tenant tenant = identityService.newTenant(id);
      tenant.setName(name);
      identityService.saveTenant(tenant);
    }
  }

  public void group(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  /**
   * Creates the user with this password and the demo mailbox {@code <id>@}{@value #DEMO_DOMAIN}
   * unless the user exists (an existing password is never reset; an address of the earlier {@code
   * example.com} placeholder moves to the demo mailbox).
   */
  public void user(String id, String firstName, String lastName, String password) {
    User existing = identityService.createUserQuery().userId(id).singleResult();
    if (existing == null) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@" + DEMO_DOMAIN);
      user.setPassword(password);
      identityService.saveUser(user);
    } else if ((id + "@example.com").equals(existing.getEmail())) {
      existing.setEmail(id + "@" + DEMO_DOMAIN);
      identityService.saveUser(existing);
    }
  }

  public void member(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  public void tenantMember(String userId, String tenantId) {
    if (identityService.createUserQuery().userId(userId).memberOfTenant(tenantId).count() == 0) {
      identityService.createTenantUserMembership(tenantId, userId);
    }
  }
}
