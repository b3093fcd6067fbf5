package dev.supportflow.mail;

import dev.supportflow.security.Groups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Staff addresses are their users' in the identity service: a group's members of one tenant. */
@Component
class StaffAddresses {

  private final IdentityService identityService;

  StaffAddresses(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The e-mail addresses of the tenant's supervisors (those who have one). */
  List<String> supervisors(String tenant) {
    return identityService
        .createUserQuery()
        .memberOfGroup(Groups.SUPERVISORS)
        .memberOfTenant(tenant)
        .orderByUserId()
        .asc()
        .list()
        .stream()
        .map(User::getEmail)
        .filter(email -> email != null && !email.isBlank())
        .toList();
  }
}
