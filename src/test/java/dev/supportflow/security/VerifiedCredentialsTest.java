package dev.supportflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic checks accepted credentials once per {@link VerifiedCredentials#FRESH_FOR}, and never
 * lets a change to the user wait longer than that.
 */
class VerifiedCredentialsTest {

  private static final Caller GATEWAY =
      new Caller("oobj-gateway", Set.of("gateways"), Set.of("oobj"));

  private final AtomicLong nanos = new AtomicLong();
  private final IdentityService identity = mock(IdentityService.class);
  private final Callers callers = mock(Callers.class);
  private final IdentityServiceAuthenticationProvider provider =
      new IdentityServiceAuthenticationProvider(
          identity, callers, new VerifiedCredentials(nanos::get));

  @Test
  @DisplayName("Credentials accepted a moment ago are not checked again within the bound")
  void acceptedCredentialsAreRecalled() {
    when(identity.checkPassword("oobj-gateway", "demo")).thenReturn(true);
    when(callers.of("oobj-gateway")).thenReturn(GATEWAY);

    assertThat(login("oobj-gateway", "demo").getPrincipal()).isEqualTo(GATEWAY);
    later(VerifiedCredentials.FRESH_FOR.minusSeconds(1).toNanos());
    assertThat(login("oobj-gateway", "demo").getPrincipal()).isEqualTo(GATEWAY);

    verify(identity, times(1)).checkPassword("oobj-gateway", "demo");
    verify(callers, times(1)).of("oobj-gateway");
  }

  @Test
  @DisplayName(
      "A wrong password is refused while the right one is remembered, and checked each time")
  void wrongPasswordIsAlwaysChecked() {
    when(identity.checkPassword("oobj-gateway", "demo")).thenReturn(true);
    when(callers.of("oobj-gateway")).thenReturn(GATEWAY);
    login("oobj-gateway", "demo");

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> login("oobj-gateway", "guess"))
          .isInstanceOf(BadCredentialsException.class);
    }
    verify(identity, times(2)).checkPassword("oobj-gateway", "guess");
  }

  @Test
  @DisplayName("A changed password or a removed user stops the old credentials after the bound")
  void changedPasswordTakesEffectWithinTheBound() {
    when(identity.checkPassword("oobj-gateway", "demo")).thenReturn(true);
    when(callers.of("oobj-gateway")).thenReturn(GATEWAY);
    login("oobj-gateway", "demo");

    when(identity.checkPassword("oobj-gateway", "demo")).thenReturn(false);
    later(VerifiedCredentials.FRESH_FOR.toNanos());

    assertThatThrownBy(() -> login("oobj-gateway", "demo"))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  @DisplayName("Changed groups and tenants apply after the bound")
  void changedGroupsTakeEffectWithinTheBound() {
    Caller supervisor = new Caller("oobj-gateway", Set.of("supervisors"), Set.of("oobj"));
    when(identity.checkPassword("oobj-gateway", "demo")).thenReturn(true);
    when(callers.of("oobj-gateway")).thenReturn(GATEWAY, supervisor);
    login("oobj-gateway", "demo");

    later(VerifiedCredentials.FRESH_FOR.toNanos());

    assertThat(login("oobj-gateway", "demo").getPrincipal()).isEqualTo(supervisor);
  }

  private Authentication login(String userId, String password) {
    return provider.authenticate(
        UsernamePasswordAuthenticationToken.unauthenticated(userId, password));
  }

  private void later(long nanosLater) {
    nanos.addAndGet(nanosLater);
  }
}
