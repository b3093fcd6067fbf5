package dev.supportflow.policy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * C-2: every decision that shaped a ticket, read from Camunda's decision history: which table,
 * which version, which rows matched, with which inputs and outputs, and when.
 */
@Component
public class DecisionTrail {

  private final HistoryService historyService;
  private final RepositoryService repositoryService;

  DecisionTrail(HistoryService historyService, RepositoryService repositoryService) {
    this.historyService = historyService;
    this.repositoryService = repositoryService;
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

  /** The decisions of the processes whose business key is this ticket id, oldest first. */
  public List<Decision> forTicket(String ticketId) {
    List<String> processInstanceIds =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(ticketId)
            .list()
            .stream()
            .map(HistoricProcessInstance::getId)
            .toList();
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    return processInstanceIds.stream()
        .flatMap(
            id ->
                historyService
                    .createHistoricDecisionInstanceQuery()
                    .processInstanceId(id)
                    .includeInputs()
                    .includeOutputs()
                    .orderByEvaluationTime()
                    .asc()
                    .list()
                    .stream())
        .map(this::toDecision)
        .toList();
  }

  private Decision toDecision(HistoricDecisionInstance d) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    for (HistoricDecisionInputInstance input : d.getInputs()) {
      inputs.put(input.getClauseName(), input.getValue());
    }
    Map<String, Object> outputs = new LinkedHashMap<>();
    Map<String, MatchedRule> rules = new LinkedHashMap<>();
    for (HistoricDecisionOutputInstance output : d.getOutputs()) {
      outputs.put(output.getVariableName(), output.getValue());
      rules.putIfAbsent(
          output.getRuleId(), new MatchedRule(output.getRuleId(), output.getRuleOrder()));
    }
    int version = repositoryService.getDecisionDefinition(d.getDecisionDefinitionId()).getVersion();
    return new Decision(
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
}
