package dev.supportflow.simulation;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /policy/simulate}: the process owners' page over the policy simulation, a static page that
 * signs in with the Tasklist login and posts to {@code /api/policy/simulations}.
 */
@Configuration
class SimulationPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/policy/simulate").setViewName("forward:/pages/simulate.html");
  }
}
