package dev.supportflow.cluster;

import dev.supportflow.SupportFlowApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole SupportFlow node (profile prod) in this JVM, on a test database; several may share one
 * database.
 */
final class Node {

  private Node() {}

  static ConfigurableApplicationContext start(
      PostgresTestDatabase database, String name, String... extraArgs) {
    return start(database, name, context -> {}, extraArgs);
  }

  /**
   * {@code beforeRefresh} runs once the node's environment and logging are set up, before any bean
   * touches the database.
   */
  static ConfigurableApplicationContext start(
      PostgresTestDatabase database,
      String name,
      ApplicationContextInitializer<ConfigurableApplicationContext> beforeRefresh,
      String... extraArgs) {
    List<String> args = new ArrayList<>(List.of(database.datasourceArgs()));
    args.addAll(
        List.of(
            "--spring.profiles.active=prod",
            "--server.port=0",
            // Several engines in one JVM: unique names; the webapps are not needed.
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--camunda.bpm.webapp.enabled=false",
            // Which node did what shows in the job log.
            "--camunda.bpm.generic-properties.properties.hostname=" + name,
            // The tests' users and contracts, whatever the prod profile says about demo data.
            "--supportflow.demo-data=true",
            "--camunda.bpm.admin-user.password=test-admin",
            // Nodes react quickly to timers that the tests make due by moving the clock.
            "--camunda.bpm.job-execution.wait-time-in-millis=100",
            "--camunda.bpm.job-execution.max-wait=300",
            "--spring.datasource.hikari.maximum-pool-size=12",
            "--spring.datasource.hikari.minimum-idle=1",
            "--logging.structured.format.console=",
            "--logging.level.root=WARN",
            "--logging.level.org.camunda.bpm.engine.context=OFF"));
    args.addAll(List.of(extraArgs));
    return new SpringApplicationBuilder(SupportFlowApplication.class)
        .initializers(beforeRefresh)
        .run(args.toArray(String[]::new));
  }
}
