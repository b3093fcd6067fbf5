package dev.supportflow.report;

import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.calendar.UnknownTenantException;
import dev.supportflow.security.Caller;
import dev.supportflow.security.Groups;
import dev.supportflow.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/sla}: how well the tenant kept its SLA promises, for supervisors, process
 * owners and admins (docs/reports.md). JSON, or CSV with {@code Accept: text/csv}.
 */
@RestController
class SlaReportController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final SlaReportRepository reports;
  private final BusinessCalendars calendars;
  private final Clock clock;

  SlaReportController(SlaReportRepository reports, BusinessCalendars calendars, Clock clock) {
    this.reports = reports;
    this.calendars = calendars;
    this.clock = clock;
  }

  @GetMapping(path = "/api/reports/sla", produces = MediaType.APPLICATION_JSON_VALUE)
  SlaReport sla(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String tenant,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "week") String groupBy) {
    String reportTenant = reportTenant(caller, tenant);
    ZoneId zone = zoneOf(reportTenant);
    return reports.report(
        SlaReportRequest.of(reportTenant, zone, from, to, groupBy), clock.instant());
  }

  @GetMapping(path = "/api/reports/sla", produces = "text/csv")
  ResponseEntity<String> slaCsv(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String tenant,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "week") String groupBy) {
    SlaReport report = sla(caller, tenant, from, to, groupBy);
    return ResponseEntity.ok().contentType(CSV).body(SlaReportCsv.of(report));
  }

  /** The caller's one tenant or the one named (admins must name one). */
  private static String reportTenant(Caller caller, String requested) {
    boolean reader =
        caller.isAdmin()
            || caller.groups().contains(Groups.SUPERVISORS)
            || caller.groups().contains(Groups.PROCESS_OWNERS);
    if (!reader) {
      throw ApiException.forbidden("Only supervisors, process owners and admins read reports.");
    }
    return caller.tenantFor(requested);
  }

  private ZoneId zoneOf(String tenant) {
    try {
      return calendars.forTenant(tenant).zone();
    } catch (UnknownTenantException e) {
      throw ApiException.notFound("No tenant " + tenant + ".");
    }
  }
}
