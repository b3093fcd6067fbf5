package dev.supportflow.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * A user of Camunda's identity service as the API sees them, whichever way they signed in: groups
 * become roles, tenant memberships scope the caller.
 */
@Component
class Callers {

  private final IdentityService identityService;

  Callers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user's caller, empty when the identity service no longer knows the user. */
  Optional<Caller> find(String userId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      return Optional.empty();
    }
    return Optional.of(of(userId));
  }

  Caller of(String userId) {
    Set<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .collect(Collectors.toUnmodifiableSet());
    Set<String> tenants =
        identityService
            .createTenantQuery()
            .userMember(userId)
            .includingGroupsOfUser(true)
            .list()
            .stream()
            .map(Tenant::getId)
            .collect(Collectors.toUnmodifiableSet());
    return new Caller(userId, groups, tenants);
  }

  static Authentication authenticated(Caller caller) {
    List<SimpleGrantedAuthority> roles =
        caller.groups().stream().map(g -> new SimpleGrantedAuthority("ROLE_" + g)).toList();
    return UsernamePasswordAuthenticationToken.authenticated(caller, null, roles);
  }
}
