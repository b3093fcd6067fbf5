package dev.supportflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs each engine REST request as its caller: Camunda's authentication carries the user, groups
 * and tenants, so the engine's authorization and tenant checks decide what the caller may list,
 * read and complete. Registered for {@code /engine-rest/*} after Spring Security; {@code /api} does
 * not set it (see docs/architecture.md, Security).
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  EngineAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
      // Spring Security refuses such requests before they get here; never let one through
      // unauthenticated.
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    identityService.setAuthentication(
        caller.userId(), List.copyOf(caller.groups()), List.copyOf(caller.tenantIds()));
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
