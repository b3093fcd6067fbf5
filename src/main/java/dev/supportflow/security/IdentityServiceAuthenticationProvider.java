package dev.supportflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against Camunda's identity service, so the API, Tasklist and engine REST share one
 * user store (passwords hashed and checked as Camunda does). Credentials accepted a moment ago are
 * recalled instead of checked again ({@link VerifiedCredentials}); wrong ones are always checked.
 */
@Component
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final Callers callers;
  private final VerifiedCredentials verified;

  IdentityServiceAuthenticationProvider(
      IdentityService identityService, Callers callers, VerifiedCredentials verified) {
    this.identityService = identityService;
    this.callers = callers;
    this.verified = verified;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null) {
      throw new BadCredentialsException("Wrong user or password");
    }
    String password = credentials.toString();
    Caller caller = verified.recall(userId, password).orElseGet(() -> checked(userId, password));
    return Callers.authenticated(caller);
  }

  private Caller checked(String userId, String password) {
    if (!identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("Wrong user or password");
    }
    Caller caller = callers.of(userId);
    verified.remember(userId, password, caller);
    return caller;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
