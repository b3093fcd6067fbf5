package dev.supportflow.policy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves decisions recorded in Camunda's decision history, before {@link DecisionRecorder} took
 * over, into the decision trail, so the trail and the policy simulation read one table. Runs at
 * start-up, before the other start-up work, in batches: each batch is copied and deleted from the
 * engine's history in one transaction, holding the engine's deployment lock so that a second node
 * starting at the same time waits and then finds those decisions gone. A database without such
 * history (every new one) costs one query.
 */
@Component
@Order(0)
class DecisionHistoryMove implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DecisionHistoryMove.class);

  static final int BATCH = 500;

  private final HistoryService history;
  private final RepositoryService repository;
  private final DecisionTrail trail;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DecisionHistoryMove(
      HistoryService history,
      RepositoryService repository,
      DecisionTrail trail,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.history = history;
    this.repository = repository;
    this.trail = trail;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    long began = System.nanoTime();
    long moved = 0;
    int batch;
    while ((batch = transaction.execute(status -> moveBatch())) > 0) {
      moved += batch;
      if (moved % (BATCH * 20L) == 0) {
        log.info("Moved {} decisions from the engine's history to the decision trail", moved);
      }
    }
    if (moved > 0) {
      log.info(
          "Moved {} decisions from the engine's history to the decision trail in {} s",
          moved,
          (System.nanoTime() - began) / 1_000_000_000);
    }
  }

  /** The oldest decisions still in the engine's history, moved; how many. */
  int moveBatch() {
    if (history.createHistoricDecisionInstanceQuery().count() == 0) {
      return 0;
    }
    jdbc.sql("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'deployment.lock' FOR UPDATE")
        .query()
        .listOfRows();
    List<HistoricDecisionInstance> decisions =
        history
            .createHistoricDecisionInstanceQuery()
            .includeInputs()
            .includeOutputs()
            .orderByEvaluationTime()
            .asc()
            .listPage(0, BATCH);
    Map<String, String> businessKeys = businessKeys(decisions);
    Map<String, Integer> versions = new HashMap<>();
    for (HistoricDecisionInstance decision : decisions) {
      int version =
          versions.computeIfAbsent(
              decision.getDecisionDefinitionId(),
              id -> repository.getDecisionDefinition(id).getVersion());
      trail.record(
          asTrail(decision, version),
          new DecisionTrail.Origin(
              decision.getDecisionDefinitionId(),
              decision.getProcessInstanceId(),
              businessKeys.get(decision.getProcessInstanceId())));
    }
    if (!decisions.isEmpty()) {
      history.deleteHistoricDecisionInstancesBulk(
          decisions.stream().map(HistoricDecisionInstance::getId).toList());
    }
    return decisions.size();
  }

  /** One decision of Camunda's history as the trail holds it: inputs by label, outputs by name. */
  private static DecisionTrail.Decision asTrail(HistoricDecisionInstance d, int version) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    for (HistoricDecisionInputInstance input : d.getInputs()) {
      inputs.put(input.getClauseName(), input.getValue());
    }
    Map<String, Object> outputs = new LinkedHashMap<>();
    Map<String, DecisionTrail.MatchedRule> rules = new LinkedHashMap<>();
    for (HistoricDecisionOutputInstance output : d.getOutputs()) {
      outputs.put(output.getVariableName(), output.getValue());
      rules.putIfAbsent(
          output.getRuleId(),
          new DecisionTrail.MatchedRule(output.getRuleId(), output.getRuleOrder()));
    }
    return new DecisionTrail.Decision(
        d.getDecisionDefinitionKey(),
        d.getDecisionDefinitionName(),
        version,
        d.getTenantId(),
        d.getActivityId(),
        List.copyOf(rules.values()),
        inputs,
        outputs,
        d.getEvaluationTime().toInstant());
  }

  private Map<String, String> businessKeys(List<HistoricDecisionInstance> decisions) {
    Set<String> processes =
        decisions.stream()
            .map(HistoricDecisionInstance::getProcessInstanceId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    if (processes.isEmpty()) {
      return Map.of();
    }
    Map<String, String> keys = new HashMap<>();
    for (HistoricProcessInstance instance :
        history.createHistoricProcessInstanceQuery().processInstanceIds(processes).list()) {
      if (instance.getBusinessKey() != null) {
        keys.put(instance.getId(), instance.getBusinessKey());
      }
    }
    return keys;
  }
}
