package dev.supportflow.policy;

import static dev.supportflow.Requests.incident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.ticket.Symptom;
import dev.supportflow.ticket.TicketIntake;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database whose decisions were recorded in Camunda's decision history (before the decision trail
 * had a table of its own) keeps them: at start-up they are moved to the trail, once.
 */
class DecisionHistoryMoveTest extends SupportFlowIntegrationTest {

  @Autowired TicketIntake intake;
  @Autowired DecisionTrail trail;
  @Autowired DecisionHistoryMove move;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName(
      "C-2: decisions recorded in Camunda's decision history move to the decision trail at start-up, unchanged and once")
  void engineHistoryMovesToTheTrail() throws Exception {
    clockAt("2026-11-24T10:00");
    String ticket =
        intake
            .open(client("leiloes-basic", "leiloes"), incident(Symptom.DEGRADED, false, null), null)
            .ticket()
            .id();
    List<DecisionTrail.Decision> decided = trail.forBusinessKey(ticket);
    assertThat(decided).hasSizeGreaterThanOrEqualTo(3);
    String process =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(ticket)
            .singleResult()
            .getId();
    asEngineHistory(ticket, process, decided);
    assertThat(trail.forBusinessKey(ticket)).isEmpty();
    assertThat(historyService.createHistoricDecisionInstanceQuery().count())
        .isEqualTo(decided.size());

    move.run(null);

    assertThat(trail.forBusinessKey(ticket))
        .as("the ticket's trail, as the engine had recorded it")
        .containsExactlyElementsOf(decided);
    assertThat(historyService.createHistoricDecisionInstanceQuery().count())
        .as("nothing left in the engine's decision history")
        .isZero();

    move.run(null);
    assertThat(trail.forBusinessKey(ticket)).as("moved once").hasSameSizeAs(decided);
  }

  /**
   * Rewrites the ticket's trail as Camunda's decision history holds it: an instance per evaluation,
   * a row per input and per output, values typed by the engine's serializers.
   */
  private void asEngineHistory(
      String ticket, String process, List<DecisionTrail.Decision> decisions) {
    int n = 0;
    for (DecisionTrail.Decision d : decisions) {
      String id = "legacy-" + ticket + "-" + n++;
      String definitionId =
          repositoryService
              .createDecisionDefinitionQuery()
              .decisionDefinitionKey(d.decisionKey())
              .decisionDefinitionVersion(d.decisionVersion())
              .tenantIdIn(d.tenantId())
              .singleResult()
              .getId();
      Timestamp at = Timestamp.from(d.evaluatedAt());
      jdbc.update(
          """
          INSERT INTO ACT_HI_DECINST (ID_, DEC_DEF_ID_, DEC_DEF_KEY_, DEC_DEF_NAME_, PROC_DEF_KEY_,
            PROC_INST_ID_, ROOT_PROC_INST_ID_, ACT_ID_, EVAL_TIME_, TENANT_ID_)
          VALUES (?, ?, ?, ?, 'ticket-intake', ?, ?, ?, ?, ?)
          """,
          id,
          definitionId,
          d.decisionKey(),
          d.decisionName(),
          process,
          process,
          d.activityId(),
          at,
          d.tenantId());
      int i = 0;
      for (Map.Entry<String, Object> input : d.inputs().entrySet()) {
        Object[] typed = typed(input.getValue());
        jdbc.update(
            """
            INSERT INTO ACT_HI_DEC_IN (ID_, DEC_INST_ID_, CLAUSE_ID_, CLAUSE_NAME_, VAR_TYPE_, TEXT_,
              LONG_, CREATE_TIME_, ROOT_PROC_INST_ID_, TENANT_ID_)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            id + "-in" + i,
            id,
            "Input_" + i++,
            input.getKey(),
            typed[0],
            typed[1],
            typed[2],
            at,
            process,
            d.tenantId());
      }
      DecisionTrail.MatchedRule rule = d.matchedRules().get(0);
      int o = 0;
      for (Map.Entry<String, Object> output : d.outputs().entrySet()) {
        Object[] typed = typed(output.getValue());
        jdbc.update(
            """
            INSERT INTO ACT_HI_DEC_OUT (ID_, DEC_INST_ID_, CLAUSE_ID_, CLAUSE_NAME_, RULE_ID_,
              RULE_ORDER_, VAR_NAME_, VAR_TYPE_, TEXT_, LONG_, CREATE_TIME_, ROOT_PROC_INST_ID_,
              TENANT_ID_)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            id + "-out" + o,
            id,
            "Output_" + o++,
            output.getKey(),
            rule.ruleId(),
            rule.ruleOrder(),
            output.getKey(),
            typed[0],
            typed[1],
            typed[2],
            at,
            process,
            d.tenantId());
      }
    }
    jdbc.update("DELETE FROM decision_record WHERE business_key = ?", ticket);
  }

  /** Camunda's serializer name, text and long fields for a value. */
  private static Object[] typed(Object value) {
    if (value == null) {
      return new Object[] {"null", null, null};
    }
    if (value instanceof Boolean b) {
      return new Object[] {"boolean", null, b ? 1L : 0L};
    }
    if (value instanceof Integer number) {
      return new Object[] {"integer", null, number.longValue()};
    }
    if (value instanceof String text) {
      return new Object[] {"string", text, null};
    }
    throw new IllegalArgumentException("no serializer here for " + value.getClass());
  }
}
