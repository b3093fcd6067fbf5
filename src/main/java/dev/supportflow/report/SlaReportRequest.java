package dev.supportflow.report;

import dev.supportflow.calendar.DateOrDateTime;
import dev.supportflow.web.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The report's checked parameters: a range of receipt instants and a grouping. */
record SlaReportRequest(String tenant, ZoneId zone, Instant from, Instant to, SlaGrouping groupBy) {

  /** A year and a day: enough for a yearly view, bounded so a request stays cheap. */
  static final Duration LONGEST_RANGE = Duration.ofDays(367);

  static SlaReportRequest of(String tenant, ZoneId zone, String from, String to, String groupBy) {
    SlaGrouping grouping =
        SlaGrouping.fromParameter(groupBy)
            .orElseThrow(
                () -> ApiException.badRequest("groupBy", "one of service, type, channel, week"));
    Instant start = instant("from", from, zone);
    Instant end = instant("to", to, zone);
    if (!start.isBefore(end)) {
      throw ApiException.badRequest("to", "must be after from");
    }
    if (Duration.between(start, end).compareTo(LONGEST_RANGE) > 0) {
      throw ApiException.badRequest("to", "at most 367 days after from");
    }
    return new SlaReportRequest(tenant, zone, start, end, grouping);
  }

  /** An ISO-8601 date-time with offset, or a plain date meaning its start in the tenant's zone. */
  private static Instant instant(String field, String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      throw ApiException.badRequest(field, "required: a date-time with offset or a date");
    }
    try {
      return DateOrDateTime.parse(text).startIn(zone);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(field, e.getMessage());
    }
  }
}
