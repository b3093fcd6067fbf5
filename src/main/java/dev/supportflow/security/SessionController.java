package dev.supportflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is, for the product's own pages. Camunda's {@code XSRF-TOKEN} cookie is scoped to
 * {@code /camunda}, out of a page's reach, so a page signed in through the webapps reads the
 * session's CSRF token here (a cross-site page cannot read the answer).
 */
@RestController
class SessionController {

  record SessionView(String userId, Set<String> groups, Set<String> tenantIds, String csrfToken) {}

  @GetMapping("/api/session")
  SessionView session(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
    HttpSession session =
        request.getHeader("Authorization") == null ? request.getSession(false) : null;
    Object token =
        session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return new SessionView(
        caller.userId(),
        caller.groups(),
        caller.tenantIds(),
        token instanceof String value ? value : null);
  }
}
