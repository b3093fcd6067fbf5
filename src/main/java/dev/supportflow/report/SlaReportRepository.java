package dev.supportflow.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SLA report's SQL over the ticket rows, the same on H2 and PostgreSQL: one pass over the
 * tenant's tickets received in the range (index {@code ticket_by_received}), grouped in the
 * database. Weeks are cut at Mondays 00:00 in the tenant's zone, computed here, so the database
 * needs no time-zone rules.
 */
@Repository
class SlaReportRepository {

  private static final String FIGURES =
      """
      SELECT grp,
        COUNT(*) AS tickets,
        SUM(CASE WHEN first_response_met = TRUE THEN 1 ELSE 0 END) AS first_response_met,
        SUM(CASE WHEN first_response_met = FALSE
                   OR (first_response_met IS NULL AND first_response_due_at < COALESCE(sla_paused_since, :now))
                 THEN 1 ELSE 0 END) AS first_response_breached,
        SUM(CASE WHEN resolution_met = TRUE THEN 1 ELSE 0 END) AS resolution_met,
        SUM(CASE WHEN resolution_met = FALSE
                   OR (resolution_met IS NULL AND resolution_due_at < COALESCE(sla_paused_since, :now))
                 THEN 1 ELSE 0 END) AS resolution_breached,
        PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY first_response_business_minutes) AS median_first_response,
        PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY first_response_business_minutes) AS p90_first_response
      FROM (
        SELECT %s AS grp, first_response_met, first_response_due_at, resolution_met, resolution_due_at,
          sla_paused_since, first_response_business_minutes
        FROM ticket
        WHERE tenant = :tenant AND received_at >= :from AND received_at < :to AND sla_applies = TRUE
      ) t
      GROUP BY grp
      ORDER BY grp
      """;

  private static final String NO_SLA =
      """
      SELECT COUNT(*) FROM ticket
      WHERE tenant = :tenant AND received_at >= :from AND received_at < :to
        AND (sla_applies IS NULL OR sla_applies = FALSE)
      """;

  private static final String NONE = "(none)";

  private final JdbcClient jdbc;

  SlaReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  SlaReport report(SlaReportRequest request, Instant now) {
    Map<String, Object> params = new HashMap<>();
    params.put("tenant", request.tenant());
    params.put("from", utc(request.from()));
    params.put("to", utc(request.to()));
    params.put("now", utc(now));
    String group = groupExpression(request, params);
    List<SlaReport.Row> rows =
        jdbc.sql(FIGURES.formatted(group))
            .params(params)
            .query(
                (rs, i) ->
                    new SlaReport.Row(
                        rs.getString("grp"),
                        rs.getLong("tickets"),
                        rs.getLong("first_response_met"),
                        rs.getLong("first_response_breached"),
                        rs.getLong("resolution_met"),
                        rs.getLong("resolution_breached"),
                        rs.getObject("median_first_response", Long.class),
                        rs.getObject("p90_first_response", Long.class)))
            .list();
    long noSla = jdbc.sql(NO_SLA).params(params).query(Long.class).single();
    return new SlaReport(request.tenant(), request.from(), request.to(), noSla, rows);
  }

  /** The SQL expression naming a ticket's group; weeks add their Monday boundaries to params. */
  private static String groupExpression(SlaReportRequest request, Map<String, Object> params) {
    return switch (request.groupBy()) {
      case SERVICE -> "COALESCE(service, '" + NONE + "')";
      case TYPE -> "ticket_type";
      case CHANNEL -> "channel";
      case WEEK -> weekExpression(request, params);
    };
  }

  /**
   * {@code CASE WHEN received_at < :week1 THEN '2031-04-14' …}: each ticket's ISO week, named by
   * its Monday in the tenant's zone. The labels are dates formatted here, never caller input.
   */
  private static String weekExpression(SlaReportRequest request, Map<String, Object> params) {
    LocalDate last = request.to().atZone(request.zone()).toLocalDate();
    LocalDate monday =
        request
            .from()
            .atZone(request.zone())
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    StringBuilder expression = new StringBuilder("CASE");
    for (int i = 0; !monday.isAfter(last); i++, monday = monday.plusWeeks(1)) {
      String next = "week" + i;
      params.put(next, utc(monday.plusWeeks(1).atStartOfDay(request.zone()).toInstant()));
      expression.append(" WHEN received_at < :").append(next).append(" THEN '").append(monday);
      expression.append('\'');
    }
    return expression.append(" END").toString();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
