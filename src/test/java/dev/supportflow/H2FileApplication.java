package dev.supportflow;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * SupportFlow started in this JVM on a database of the test's own (an H2 file, for what a stop and
 * a start keep), next to the shared test context: free ports, its own engine name, no job executor,
 * no webapps.
 */
public final class H2FileApplication {

  private H2FileApplication() {}

  public static ConfigurableApplicationContext start(String datasourceUrl, String... extraArgs) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=" + datasourceUrl,
                "--server.port=0",
                "--supportflow.mail.smtp.port=0",
                "--supportflow.mail.imap.port=0",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.webapp.enabled=false",
                "--logging.level.root=WARN"));
    args.addAll(List.of(extraArgs));
    return new SpringApplicationBuilder(SupportFlowApplication.class)
        .run(args.toArray(String[]::new));
  }
}
