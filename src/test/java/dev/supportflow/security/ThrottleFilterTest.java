package dev.supportflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supportflow.web.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The throttle's rules with small limits: what counts, per which key, and what a refused caller
 * gets.
 */
class ThrottleFilterTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final ThrottleFilter filter =
      new ThrottleFilter(
          new RequestThrottle(
              new ThrottleSettings(
                  new ThrottleSettings.Limit(4, MINUTE),
                  new ThrottleSettings.Limit(2, MINUTE),
                  new ThrottleSettings.Limit(20, MINUTE))),
          new ProblemResponses(new ObjectMapper()));

  @Test
  @DisplayName(
      "O-6: requests beyond the per-address limit get 429 with Retry-After; another address is not affected")
  void requestsPerAddress() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertThat(call("10.0.0.1", null, 200).getStatus()).isEqualTo(200);
    }
    MockHttpServletResponse refused = call("10.0.0.1", null, 200);
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("3");
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    assertThat(call("10.0.0.2", null, 200).getStatus()).isEqualTo(200);
  }

  @Test
  @DisplayName("Login throttle: failures of one user id from one address stop that pair only")
  void failuresPerUserAndAddress() throws Exception {
    call("10.0.1.1", "gateway", 401);
    call("10.0.1.1", "gateway", 401);
    assertThat(call("10.0.1.1", "gateway", 200).getStatus()).isEqualTo(429);
    assertThat(call("10.0.1.1", "someone-else", 200).getStatus()).isEqualTo(200);
    assertThat(call("10.0.1.2", "gateway", 200).getStatus()).isEqualTo(200);
  }

  @Test
  @DisplayName(
      "Login throttle: failures over many user ids from one address stop the address; successes cost nothing")
  void failuresPerAddress() throws Exception {
    for (int i = 0; i < 10; i++) {
      assertThat(call("10.0.2.1", "client", 200).getStatus()).isEqualTo(200);
    }
    for (int i = 0; i < 4; i++) {
      call("10.0.2.1", "user" + i, 401);
    }
    assertThat(call("10.0.2.1", "client", 200).getStatus()).isEqualTo(429);
    assertThat(call("10.0.2.1", null, 200).getStatus())
        .as("a request without credentials is no login")
        .isEqualTo(200);
  }

  /**
   * One request to /api/tickets from {@code address}, as {@code user} (null: no credentials),
   * answered {@code status}.
   */
  private MockHttpServletResponse call(String address, String user, int status) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/tickets");
    request.setServletPath("/api/tickets");
    request.setRemoteAddr(address);
    if (user != null) {
      request.addHeader("Authorization", dev.supportflow.RawHttp.basic(user, "pw"));
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        request,
        response,
        new MockFilterChain() {
          @Override
          public void doFilter(
              jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
            ((HttpServletResponse) res).setStatus(status);
          }
        });
    return response;
  }
}
