package dev.supportflow.calendar;

/** Thrown when a calendar is asked for a tenant that has none configured. */
public class UnknownTenantException extends RuntimeException {

  private final String tenantId;

  public UnknownTenantException(String tenantId) {
    super("Unknown tenant '" + tenantId + "': no business calendar is configured for it");
    this.tenantId = tenantId;
  }

  public String tenantId() {
    return tenantId;
  }
}
