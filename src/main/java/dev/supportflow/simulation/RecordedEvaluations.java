package dev.supportflow.simulation;

import dev.supportflow.policy.SupportFlowProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision history of a tenant's tickets (C-2), read as one streaming query: every evaluation
 * of a decision key for the tickets received in a range, with the inputs Camunda recorded per input
 * clause ({@code ACT_HI_DEC_IN}). A ticket's evaluations are those of the process instances whose
 * business key is its id, as in the decision trail.
 */
@Component
class RecordedEvaluations {

  private static final int FETCH_SIZE = 2000;

  // The business key is the ticket id as TicketIds formats it: prefix, '-', the number with at
  // least six digits. Built from the row so the join can use the history's business key index.
  private static final String QUERY =
      """
      SELECT d.ID_ AS decision_instance, d.EVAL_TIME_ AS evaluated_at, p.BUSINESS_KEY_ AS ticket_id,
             i.CLAUSE_NAME_ AS clause, i.VAR_TYPE_ AS var_type, i.TEXT_ AS text_value,
             i.LONG_ AS long_value, i.DOUBLE_ AS double_value
        FROM ticket t
        JOIN ACT_HI_PROCINST p
          ON p.BUSINESS_KEY_ = CONCAT(?, '-', CASE WHEN t.ticket_number < 1000000
                 THEN LPAD(CAST(t.ticket_number AS VARCHAR(20)), 6, '0')
                 ELSE CAST(t.ticket_number AS VARCHAR(20)) END)
        JOIN ACT_HI_DECINST d ON d.PROC_INST_ID_ = p.PROC_INST_ID_
        LEFT JOIN ACT_HI_DEC_IN i ON i.DEC_INST_ID_ = d.ID_
       WHERE t.tenant = ? AND t.received_at >= ? AND t.received_at < ?
         AND d.DEC_DEF_KEY_ = ? AND d.TENANT_ID_ = ?
       ORDER BY d.EVAL_TIME_, d.ID_
      """;

  private final JdbcTemplate jdbc;
  private final SupportFlowProperties properties;

  RecordedEvaluations(DataSource dataSource, SupportFlowProperties properties) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setFetchSize(FETCH_SIZE);
    this.properties = properties;
  }

  /** Each evaluation in the order it happened; read-only (PostgreSQL streams only in one). */
  @Transactional(readOnly = true)
  public void forEach(
      String tenant,
      String decisionKey,
      Instant from,
      Instant to,
      Consumer<RecordedEvaluation> consumer) {
    Grouping grouping = new Grouping(consumer);
    jdbc.query(
        QUERY,
        grouping::row,
        properties.tenant(tenant).ticketPrefix(),
        tenant,
        OffsetDateTime.ofInstant(from, ZoneOffset.UTC),
        OffsetDateTime.ofInstant(to, ZoneOffset.UTC),
        decisionKey,
        tenant);
    grouping.flush();
  }

  /** The query gives one row per input; consecutive rows of one decision instance are one. */
  private static final class Grouping {

    private final Consumer<RecordedEvaluation> consumer;
    private String decisionInstance;
    private String ticketId;
    private Instant evaluatedAt;
    private Map<String, Object> inputs;

    Grouping(Consumer<RecordedEvaluation> consumer) {
      this.consumer = consumer;
    }

    void row(ResultSet rs) throws SQLException {
      String id = rs.getString("decision_instance");
      if (!id.equals(decisionInstance)) {
        flush();
        decisionInstance = id;
        ticketId = rs.getString("ticket_id");
        Timestamp time = rs.getTimestamp("evaluated_at");
        evaluatedAt = time.toInstant();
        inputs = new LinkedHashMap<>();
      }
      String clause = rs.getString("clause");
      if (clause != null) {
        inputs.put(clause, value(rs));
      }
    }

    void flush() {
      if (decisionInstance != null) {
        consumer.accept(new RecordedEvaluation(ticketId, evaluatedAt, inputs));
        decisionInstance = null;
      }
    }
  }

  /** The recorded value as the engine typed it (Camunda's serializers: booleans as 0/1). */
  private static Object value(ResultSet rs) throws SQLException {
    String type = rs.getString("var_type");
    if (type == null) {
      return null;
    }
    Long number = longValue(rs);
    return switch (type) {
      case "null" -> null;
      case "boolean" -> number == null ? null : number != 0;
      case "integer" -> number == null ? null : number.intValue();
      case "short" -> number == null ? null : number.shortValue();
      case "long" -> number;
      case "date" -> number == null ? null : new Date(number);
      case "double" -> {
        double d = rs.getDouble("double_value");
        yield rs.wasNull() ? null : d;
      }
      default -> rs.getString("text_value");
    };
  }

  private static Long longValue(ResultSet rs) throws SQLException {
    long value = rs.getLong("long_value");
    return rs.wasNull() ? null : value;
  }
}
