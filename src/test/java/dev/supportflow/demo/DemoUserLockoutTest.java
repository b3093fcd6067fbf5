package dev.supportflow.demo;

import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DemoUserLockoutTest {

  @Test
  @DisplayName("C-5 prod: demo users left from an earlier run get a random password, never 'demo'")
  void demoUsersGetRandomPasswords() {
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    User user = mock(User.class);
    when(user.getId()).thenReturn("leiloes-analyst");
    when(identity.createUserQuery().userLastName(DemoData.MARKER).list()).thenReturn(List.of(user));

    new DemoUserLockout(identity).afterSingletonsInstantiated();

    ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
    verify(user).setPassword(password.capture());
    org.assertj.core.api.Assertions.assertThat(password.getValue())
        .isNotEqualTo("demo")
        .hasSizeGreaterThan(20);
    verify(identity).saveUser(user);
  }
}
