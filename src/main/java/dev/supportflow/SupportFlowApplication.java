package dev.supportflow;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SupportFlowApplication {

  public static void main(String[] args) {
    // Camunda stores timestamps without a zone: every node must run in one zone, and UTC is the
    // only sane one.
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    SpringApplication.run(SupportFlowApplication.class, args);
  }
}
