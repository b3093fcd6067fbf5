package dev.supportflow.security;

import dev.supportflow.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * {@code /api/**} and {@code /engine-rest/**} take HTTP Basic against Camunda's identity service, statelessly.
 * The webapps under {@code /camunda} keep Camunda's own login (same users). Errors are problem+json.
 */
@Configuration
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
    return http
        // Matched on the path within the application: string patterns would be resolved as Spring MVC patterns,
        // which never match /engine-rest (a separate Jersey servlet) and so left the engine REST API open.
        .securityMatcher(pathUnder("/api", "/engine-rest"))
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
            problems.write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                "Send HTTP Basic credentials of a SupportFlow user.", true)))
        .exceptionHandling(ex -> ex
            .authenticationEntryPoint((request, response, e) ->
                problems.write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                    "Send HTTP Basic credentials of a SupportFlow user.", true))
            .accessDeniedHandler((request, response, e) ->
                problems.write(response, HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), false)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  private static RequestMatcher pathUnder(String... prefixes) {
    return request -> {
      // Decoded and normalized by the container, as the servlets see it (the raw URI may be percent-encoded).
      String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
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
    // Camunda's webapps authenticate against the same identity service and bring their own CSRF protection.
    return http
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }
}
