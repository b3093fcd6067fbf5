package dev.supportflow.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * A client's e-mail address is its user's in the identity service (the user id is the client id):
 * where its mail goes, and how a mail's sender is recognised.
 */
@Component
class ClientAddresses {

  private final IdentityService identityService;

  ClientAddresses(IdentityService identityService) {
    this.identityService = identityService;
  }

  Optional<String> of(String clientId) {
    User user = identityService.createUserQuery().userId(clientId).singleResult();
    return Optional.ofNullable(user)
        .map(User::getEmail)
        .filter(email -> email != null && !email.isBlank());
  }

  /** The user ids with this address (compared without case: mail clients vary it). */
  List<String> usersWith(String address) {
    String wanted = address.toLowerCase(Locale.ROOT);
    return identityService.createUserQuery().userEmailLike(wanted).list().stream()
        .filter(u -> u.getEmail() != null && u.getEmail().toLowerCase(Locale.ROOT).equals(wanted))
        .map(User::getId)
        .toList();
  }
}
