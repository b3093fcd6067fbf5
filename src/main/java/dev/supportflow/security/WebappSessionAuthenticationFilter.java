package dev.supportflow.security;

import dev.supportflow.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the product's own pages call {@code /api} with the login they share with Tasklist: a request
 * without HTTP Basic credentials, in a session where a user is logged in to the Camunda webapps,
 * runs as that user (the same {@link Caller} Basic gives). A session travels with every request the
 * browser sends, so a modifying request must also carry the session's CSRF token in {@code
 * X-XSRF-TOKEN}, as Camunda's own API demands; otherwise 403. Nothing here creates a session.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  /**
   * Where Camunda's webapp login keeps its {@link Authentications} ({@code AuthenticationUtil}).
   */
  static final String AUTHENTICATIONS_ATTRIBUTE = "authenticatedUser";

  private final Callers callers;
  private final String engineName;
  private final ProblemResponses problems;

  WebappSessionAuthenticationFilter(Callers callers, String engineName, ProblemResponses problems) {
    this.callers = callers;
    this.engineName = engineName;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    return !(path.equals("/api") || path.startsWith("/api/"))
        || request.getHeader("Authorization") != null
        || SecurityContextHolder.getContext().getAuthentication() != null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Optional<Caller> caller = session == null ? Optional.empty() : sessionUser(session);
    if (caller.isPresent()) {
      if (modifying(request) && !tokenMatches(request, session)) {
        problems.write(
            response,
            HttpStatus.FORBIDDEN,
            "Forbidden",
            "A signed-in page must send the session's CSRF token in X-XSRF-TOKEN.",
            false);
        return;
      }
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(Callers.authenticated(caller.get()));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }

  private Optional<Caller> sessionUser(HttpSession session) {
    if (session.getAttribute(AUTHENTICATIONS_ATTRIBUTE) instanceof Authentications logins
        && logins.getAuthenticationForProcessEngine(engineName)
            instanceof UserAuthentication user) {
      return callers.find(user.getIdentityId());
    }
    return Optional.empty();
  }

  private static boolean modifying(HttpServletRequest request) {
    return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
  }

  private static boolean tokenMatches(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token
        && sent != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
