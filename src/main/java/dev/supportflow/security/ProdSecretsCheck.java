package dev.supportflow.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The prod profile refuses to start without a real admin password, before anything is created with
 * a guessable one. Runs once the profile's configuration is loaded (registered in {@code
 * META-INF/spring.factories}).
 */
public class ProdSecretsCheck implements EnvironmentPostProcessor {

  static final String VARIABLE = "SUPPORTFLOW_ADMIN_PASSWORD";
  static final String PROPERTY = "camunda.bpm.admin-user.password";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    String password = environment.getProperty(PROPERTY, "");
    if (password.isBlank() || password.equals("demo")) {
      throw new IllegalStateException(
          "The prod profile needs the environment variable "
              + VARIABLE
              + " (the password of the Camunda admin user, not 'demo'); refusing to start.");
    }
  }
}
