package dev.supportflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.RawHttp;
import dev.supportflow.SupportFlowIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Failed logins are throttled per client address before authentication, and Camunda's own lockout
 * is out of reach: a stranger guessing a gateway's password from one address never locks the
 * gateway out of another. Calls come from other loopback addresses than the rest of the suite
 * (127.0.0.1), whose limits stay untouched.
 */
class LoginThrottleTest extends SupportFlowIntegrationTest {

  private static final String STRANGER = "127.0.0.3";
  private static final String GATEWAY_HOST = "127.0.0.2";

  @Test
  @DisplayName(
      "C-5 lockout: a burst of wrong passwords gets 429 + Retry-After; the right password from another address works at once")
  void wrongPasswordsFromOneAddressDoNotLockTheUserOut() {
    RawHttp stranger = new RawHttp(port, STRANGER);
    List<Integer> statuses = new ArrayList<>();
    RawHttp.Response last = null;
    for (int i = 0; i < 15; i++) {
      last =
          stranger.send(
              "GET",
              "/api/tickets",
              null,
              "Authorization: " + RawHttp.basic("oobj-gateway", "guess" + i));
      statuses.add(last.status());
    }
    assertThat(statuses.subList(0, 10)).containsOnly(401);
    assertThat(statuses.subList(10, 15)).containsOnly(429);
    assertThat(last.header("Content-Type")).startsWith("application/problem+json");
    assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
    assertThat(last.body()).contains("\"status\":429");

    // The stranger's address stays throttled for this user, even with the right password ...
    assertThat(
            stranger
                .send(
                    "GET",
                    "/api/tickets",
                    null,
                    "Authorization: " + RawHttp.basic("oobj-gateway", "demo"))
                .status())
        .isEqualTo(429);
    // ... while the gateway itself, from its own address, is let in at once: Camunda did not lock
    // the user.
    RawHttp gateway = new RawHttp(port, GATEWAY_HOST);
    assertThat(
            gateway
                .send(
                    "GET",
                    "/api/tickets",
                    null,
                    "Authorization: " + RawHttp.basic("oobj-gateway", "demo"))
                .status())
        .isEqualTo(200);
    assertThat(processEngine.getIdentityService().checkPassword("oobj-gateway", "demo")).isTrue();
  }

  @Test
  @DisplayName(
      "C-5 lockout: Tasklist's login is throttled per address too; an analyst elsewhere logs in at once")
  void webappLoginIsThrottledPerAddress() {
    RawHttp stranger = new RawHttp(port, "127.0.0.4");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 55; i++) {
      statuses.add(webappLogin(stranger, "leiloes-analyst", "guess" + i).status());
    }
    assertThat(statuses.subList(0, 50)).containsOnly(401);
    assertThat(statuses.subList(50, 55)).containsOnly(429);

    assertThat(webappLogin(new RawHttp(port, "127.0.0.5"), "leiloes-analyst", "demo").status())
        .isEqualTo(200);
  }

  /** Tasklist's login as the browser does it: a session and its CSRF token first, then the form. */
  private static RawHttp.Response webappLogin(RawHttp http, String user, String password) {
    String cookies = http.send("GET", "/camunda/app/tasklist/default/", null).header("Set-Cookie");
    StringBuilder cookieHeader = new StringBuilder();
    String csrfToken = null;
    for (String cookie : cookies.split("\n")) {
      String pair = cookie.split(";")[0];
      cookieHeader.append(cookieHeader.isEmpty() ? "" : "; ").append(pair);
      if (pair.startsWith("XSRF-TOKEN=")) {
        csrfToken = pair.substring("XSRF-TOKEN=".length());
      }
    }
    return http.send(
        "POST",
        "/camunda/api/admin/auth/user/default/login/tasklist",
        "username=" + user + "&password=" + password,
        "Content-Type: application/x-www-form-urlencoded",
        "Cookie: " + cookieHeader,
        "X-XSRF-TOKEN: " + csrfToken);
  }
}
