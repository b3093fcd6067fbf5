package dev.supportflow.report;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /reports}: the supervisors' page over the SLA report, a static page that signs in with the
 * Tasklist login and reads {@code /api/reports/sla}.
 */
@Configuration
class ReportPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/reports").setViewName("forward:/pages/reports.html");
  }
}
