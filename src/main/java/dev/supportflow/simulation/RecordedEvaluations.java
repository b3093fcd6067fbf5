package dev.supportflow.simulation;

import dev.supportflow.policy.DecisionTrail;
import dev.supportflow.policy.SupportFlowProperties;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision trail of a tenant's tickets (C-2), read as one streaming query: every evaluation of
 * a decision key for the tickets received in a range, with the inputs recorded by label. A ticket's
 * evaluations are those whose business key is its id, as in the decision trail.
 */
@Component
class RecordedEvaluations {

  private static final int FETCH_SIZE = 2000;

  // The business key is the ticket id as TicketIds formats it: prefix, '-', the number with at
  // least six digits. Built from the row so the join can use the trail's business key index.
  private static final String QUERY =
      """
      SELECT d.business_key, d.evaluated_at, d.inputs
        FROM ticket t
        JOIN decision_record d
          ON d.business_key = CONCAT(?, '-', CASE WHEN t.ticket_number < 1000000
                 THEN LPAD(CAST(t.ticket_number AS VARCHAR(20)), 6, '0')
                 ELSE CAST(t.ticket_number AS VARCHAR(20)) END)
       WHERE t.tenant = ? AND t.received_at >= ? AND t.received_at < ?
         AND d.decision_key = ? AND d.tenant = ?
       ORDER BY d.evaluated_at, d.record_id
      """;

  private final JdbcTemplate jdbc;
  private final SupportFlowProperties properties;
  private final DecisionTrail trail;

  RecordedEvaluations(
      DataSource dataSource, SupportFlowProperties properties, DecisionTrail trail) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setFetchSize(FETCH_SIZE);
    this.properties = properties;
    this.trail = trail;
  }

  /** Each evaluation in the order it happened; read-only (PostgreSQL streams only in one). */
  @Transactional(readOnly = true)
  public void forEach(
      String tenant,
      String decisionKey,
      Instant from,
      Instant to,
      Consumer<RecordedEvaluation> consumer) {
    jdbc.query(
        QUERY,
        (RowCallbackHandler)
            row ->
                consumer.accept(
                    new RecordedEvaluation(
                        row.getString("business_key"),
                        row.getObject("evaluated_at", OffsetDateTime.class).toInstant(),
                        trail.values(row.getString("inputs")))),
        properties.tenant(tenant).ticketPrefix(),
        tenant,
        OffsetDateTime.ofInstant(from, ZoneOffset.UTC),
        OffsetDateTime.ofInstant(to, ZoneOffset.UTC),
        decisionKey,
        tenant);
  }
}
