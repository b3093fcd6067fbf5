package dev.supportflow.security;

import dev.supportflow.web.ProblemResponses;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * {@code /api/**} and {@code /engine-rest/**} take HTTP Basic against Camunda's identity service,
 * statelessly; {@code /api/**} also takes the Camunda webapp login of the browser's session, for
 * the product's own pages ({@link WebappSessionAuthenticationFilter}). The webapps under {@code
 * /camunda} keep Camunda's own login (same users). Errors are problem+json. Engine REST is staff
 * only and runs as the caller inside the engine ({@link EngineAuthenticationFilter}).
 */
@Configuration
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(
      HttpSecurity http, ProblemResponses problems, Callers callers, ProcessEngine engine)
      throws Exception {
    return http
        // Matched on the path within the application: string patterns would be resolved as Spring
        // MVC patterns,
        // which never match /engine-rest (a separate Jersey servlet) and so left the engine REST
        // API open.
        .securityMatcher(pathUnder("/api", "/engine-rest"))
        .authorizeHttpRequests(
            auth ->
                auth
                    // Engine REST is for staff: clients and gateways use /api, which applies C-5
                    // itself.
                    .requestMatchers(pathUnder("/engine-rest"))
                    .access(SecurityConfiguration::staffOnly)
                    .anyRequest()
                    .authenticated())
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (request, response, e) ->
                        problems.write(
                            response,
                            HttpStatus.UNAUTHORIZED,
                            "Authentication required",
                            "Send HTTP Basic credentials of a SupportFlow user.",
                            true)))
        .addFilterAfter(
            new WebappSessionAuthenticationFilter(callers, engine.getName(), problems),
            BasicAuthenticationFilter.class)
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(
                        (request, response, e) ->
                            problems.write(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "Authentication required",
                                "Send HTTP Basic credentials of a SupportFlow user.",
                                true))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            problems.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                "Forbidden",
                                e.getMessage(),
                                false)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  private static AuthorizationDecision staffOnly(
      Supplier<Authentication> authentication, RequestAuthorizationContext context) {
    return new AuthorizationDecision(
        authentication.get().getPrincipal() instanceof Caller caller && caller.isStaff());
  }

  /** Throttling by client address, before Spring Security authenticates anyone. */
  @Bean
  FilterRegistrationBean<ThrottleFilter> throttle(
      RequestThrottle throttle, ProblemResponses problems) {
    FilterRegistrationBean<ThrottleFilter> registration =
        new FilterRegistrationBean<>(new ThrottleFilter(throttle, problems));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
    return registration;
  }

  /**
   * Camunda's authentication for engine REST, set after Spring Security has authenticated the
   * caller.
   */
  @Bean
  FilterRegistrationBean<EngineAuthenticationFilter> engineAuthentication(
      IdentityService identityService) {
    FilterRegistrationBean<EngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EngineAuthenticationFilter(identityService));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
    return registration;
  }

  /**
   * A task's completion sets only that task's form fields, on engine REST and on the webapps'
   * engine API that Tasklist uses. After {@link EngineAuthenticationFilter}; on the webapps' path
   * it reads the session's login.
   */
  @Bean
  FilterRegistrationBean<TaskFieldsFilter> taskFields(
      ProcessEngine engine, ProblemResponses problems, CamundaBpmProperties camunda) {
    String webapp = camunda.getWebapp().getApplicationPath();
    FilterRegistrationBean<TaskFieldsFilter> registration =
        new FilterRegistrationBean<>(new TaskFieldsFilter(engine, problems, webapp));
    registration.addUrlPatterns("/engine-rest/*", webapp + "/api/engine/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 20);
    return registration;
  }

  private static RequestMatcher pathUnder(String... prefixes) {
    return request -> {
      // Decoded and normalized by the container, as the servlets see it (the raw URI may be
      // percent-encoded).
      String path =
          request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
      for (String prefix : prefixes) {
        if (path.equals(prefix) || path.startsWith(prefix + "/")) {
          return true;
        }
      }
      return false;
    };
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappsAndDocs(HttpSecurity http) throws Exception {
    // Camunda's webapps authenticate against the same identity service and bring their own CSRF
    // protection.
    return http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }
}
