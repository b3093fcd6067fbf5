package dev.supportflow.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * C-2: every decision that shaped a ticket: which table, which version, which rows matched, with
 * which inputs and outputs, and when. One row per evaluation in {@code decision_record}, written by
 * {@link DecisionRecorder} in the evaluation's transaction; a ticket's decisions are those of the
 * processes whose business key is its id.
 */
@Component
public class DecisionTrail {

  private static final TypeReference<LinkedHashMap<String, Object>> VALUES =
      new TypeReference<>() {};
  private static final TypeReference<List<MatchedRule>> RULES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  DecisionTrail(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public record MatchedRule(String ruleId, Integer ruleOrder) {}

  public record Decision(
      String decisionKey,
      String decisionName,
      int decisionVersion,
      String tenantId,
      String activityId,
      List<MatchedRule> matchedRules,
      Map<String, Object> inputs,
      Map<String, Object> outputs,
      Instant evaluatedAt) {}

  /** Where an evaluation happened: the process instance and its business key, or none. */
  record Origin(String definitionId, String processInstanceId, String businessKey) {}

  /** Writes one evaluation; joins the caller's transaction. */
  void record(Decision decision, Origin origin) {
    jdbc.sql(
            """
            INSERT INTO decision_record
              (decision_key, decision_name, decision_version, decision_definition_id, tenant,
               business_key, process_instance_id, activity_id, evaluated_at, matched_rules, inputs,
               outputs)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            decision.decisionKey(),
            decision.decisionName(),
            decision.decisionVersion(),
            origin.definitionId(),
            decision.tenantId(),
            origin.businessKey(),
            origin.processInstanceId(),
            decision.activityId(),
            decision.evaluatedAt().atOffset(ZoneOffset.UTC),
            write(decision.matchedRules()),
            write(decision.inputs()),
            write(decision.outputs()))
        .update();
  }

  /**
   * The decisions of the processes with this business key (a ticket's id, an intervention's),
   * oldest first.
   */
  public List<Decision> forBusinessKey(String businessKey) {
    return jdbc.sql(
            """
            SELECT * FROM decision_record WHERE business_key = ?
            ORDER BY evaluated_at, record_id
            """)
        .param(businessKey)
        .query(this::decision)
        .list();
  }

  /** Recorded inputs or outputs, as they were written: labels in order, JSON's value types. */
  public Map<String, Object> values(String recorded) {
    return read(recorded, VALUES);
  }

  private Decision decision(ResultSet row, int rowNumber) throws SQLException {
    return new Decision(
        row.getString("decision_key"),
        row.getString("decision_name"),
        row.getInt("decision_version"),
        row.getString("tenant"),
        row.getString("activity_id"),
        read(row.getString("matched_rules"), RULES),
        values(row.getString("inputs")),
        values(row.getString("outputs")),
        row.getObject("evaluated_at", OffsetDateTime.class).toInstant());
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A decision's values do not write as JSON", e);
    }
  }

  private <T> T read(String recorded, TypeReference<T> type) {
    try {
      return json.readValue(recorded, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A recorded decision does not read as JSON: " + recorded, e);
    }
  }
}
