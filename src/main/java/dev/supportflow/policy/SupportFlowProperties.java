package dev.supportflow.policy;

import dev.supportflow.calendar.CalendarSettings;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code supportflow.*} settings: where the models come from and the tenants (vendors) served.
 */
@ConfigurationProperties("supportflow")
public record SupportFlowProperties(
    @DefaultValue("") String policyDir,
    @DefaultValue("true") boolean demoData,
    Map<String, TenantSettings> tenants) {

  public record TenantSettings(String name, String ticketPrefix, CalendarSettings calendar) {}

  /**
   * Where a path of the policy ({@code bpmn/…}, {@code dmn/…}) is read from: under {@code
   * policy-dir} when it is set, else from the jar (every match on the classpath).
   */
  public String policyLocation(String path) {
    if (policyDir == null || policyDir.isBlank()) {
      return "classpath*:" + path;
    }
    return policyDir.endsWith("/") ? policyDir + path : policyDir + "/" + path;
  }

  public TenantSettings tenant(String tenantId) {
    TenantSettings settings = tenants.get(tenantId);
    if (settings == null) {
      throw new IllegalArgumentException("Unknown tenant: " + tenantId);
    }
    return settings;
  }
}
