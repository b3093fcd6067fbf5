package dev.supportflow.security;

import dev.supportflow.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before authentication on the API, engine REST and the webapps' login: refuses with 429 and
 * {@code Retry-After} a client address that sends far more requests than real use (O-6), or whose
 * logins failed too often (per address, and per user id from that address). A wrong password from
 * one address therefore never delays the right one from another; Camunda's own lockout, which
 * anyone knowing a user id could trigger, is off.
 */
class ThrottleFilter extends OncePerRequestFilter {

  /** Camunda's webapp login: {@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}. */
  private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

  private final RequestThrottle throttle;
  private final ProblemResponses problems;

  ThrottleFilter(RequestThrottle throttle, ProblemResponses problems) {
    this.throttle = throttle;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    return !(path.startsWith("/api/")
        || path.startsWith("/engine-rest/")
        || isWebappLogin(request));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = request.getRemoteAddr();
    Duration wait = throttle.request(address);
    if (!wait.isZero()) {
      tooMany(
          response,
          wait,
          "Too many requests",
          "This address sends more requests than the service accepts.");
      return;
    }
    String userId = claimedUser(request);
    boolean login = userId != null || isWebappLogin(request);
    if (login) {
      wait = throttle.loginWait(address, userId);
      if (!wait.isZero()) {
        tooMany(
            response,
            wait,
            "Too many failed logins",
            "Too many failed logins from this address; try again after the time in Retry-After.");
        return;
      }
    }
    chain.doFilter(request, response);
    if (login && response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      throttle.loginFailed(address, userId);
    }
  }

  private void tooMany(HttpServletResponse response, Duration wait, String title, String detail)
      throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    problems.write(response, HttpStatus.TOO_MANY_REQUESTS, title, detail, false);
  }

  /**
   * The user id of HTTP Basic credentials, or null when there are none (or they are unreadable).
   */
  static String claimedUser(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? decoded : decoded.substring(0, colon);
    } catch (IllegalArgumentException notBase64) {
      return "";
    }
  }

  private static boolean isWebappLogin(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && path(request).startsWith(WEBAPP_LOGIN)
        && path(request).contains("/login/");
  }

  private static String path(HttpServletRequest request) {
    // Decoded and normalized by the container, as the servlets see it (the raw URI may be
    // percent-encoded).
    return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }
}
