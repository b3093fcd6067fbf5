package dev.supportflow.calendar;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The business calendars of all tenants, built once from the configuration (keyed by tenant id).
 */
public final class BusinessCalendars {

  private final Map<String, BusinessCalendar> calendars;

  /**
   * @throws IllegalArgumentException if a tenant's settings are missing or rejected; the message
   *     names the tenant
   */
  public BusinessCalendars(Map<String, CalendarSettings> settingsByTenant) {
    Objects.requireNonNull(settingsByTenant, "settingsByTenant");
    Map<String, BusinessCalendar> built = new LinkedHashMap<>();
    settingsByTenant.forEach(
        (tenantId, settings) -> {
          if (settings == null) {
            throw new IllegalArgumentException(
                "Tenant '" + tenantId + "' has no calendar settings");
          }
          try {
            built.put(tenantId, new BusinessCalendar(settings));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Tenant '" + tenantId + "': " + e.getMessage(), e);
          }
        });
    this.calendars = Map.copyOf(built);
  }

  /**
   * @throws UnknownTenantException if no calendar is configured for {@code tenantId}
   */
  public BusinessCalendar forTenant(String tenantId) {
    BusinessCalendar calendar = tenantId == null ? null : calendars.get(tenantId);
    if (calendar == null) {
      throw new UnknownTenantException(tenantId);
    }
    return calendar;
  }

  /** The ids of the tenants that have a calendar. */
  public Set<String> tenants() {
    return calendars.keySet();
  }
}
