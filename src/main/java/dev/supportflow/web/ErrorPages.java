package dev.supportflow.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * problem+json for the errors raised before a controller runs: Tomcat refusing a request ({@link
 * ProblemErrorReportValve}) and Spring Security's firewall refusing a path ({@code %2e%2e}, {@code
 * //}, {@code ;}). Everything else that ends on the error page is answered by {@link
 * ProblemErrorController}.
 */
@Configuration
class ErrorPages {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorReports() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
              }
            });
  }

  @Bean
  RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
    return (request, response, rejected) ->
        problems.write(
            response, HttpStatus.BAD_REQUEST, "Bad Request", ProblemTexts.REJECTED, false);
  }
}
