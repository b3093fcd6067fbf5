package dev.supportflow.simulation;

import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.calendar.DateOrDateTime;
import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/policy/simulations} (API.md, "Policy simulation"). */
@RestController
class SimulationController {

  /** One replay streams the range's history once: a year is the longest range asked for. */
  static final Duration LONGEST_RANGE = Duration.ofDays(367);

  private final PolicySimulation simulation;
  private final BusinessCalendars calendars;

  SimulationController(PolicySimulation simulation, BusinessCalendars calendars) {
    this.simulation = simulation;
    this.calendars = calendars;
  }

  @PostMapping(
      path = "/api/policy/simulations",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  SimulationResult simulate(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String tenant) {
    String forTenant = simulation.tenantFor(caller, tenant);
    ZoneId zone = calendars.forTenant(forTenant).zone();
    Instant start = instant("from", from, zone);
    Instant end = instant("to", to, zone);
    if (!start.isBefore(end)) {
      throw ApiException.badRequest("to", "must be after from");
    }
    if (Duration.between(start, end).compareTo(LONGEST_RANGE) > 0) {
      throw ApiException.badRequest("to", "at most a year after from");
    }
    if (file == null || file.isEmpty()) {
      throw ApiException.badRequest("file", "required: the edited .dmn file");
    }
    return simulation.simulate(forTenant, bytes(file), start, end);
  }

  /** An instant, or a plain date meaning its start in the tenant's zone (as the report takes). */
  private static Instant instant(String field, String value, ZoneId zone) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest(field, "required: a date-time with offset or a date");
    }
    try {
      return DateOrDateTime.parse(value.strip()).startIn(zone);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(field, e.getMessage());
    }
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
