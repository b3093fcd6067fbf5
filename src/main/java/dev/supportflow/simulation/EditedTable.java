package dev.supportflow.simulation;

import dev.supportflow.policy.DecisionContractRule;
import dev.supportflow.policy.FeelOnly;
import dev.supportflow.web.ApiException;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * An uploaded {@code .dmn}: parsed, never deployed. It must hold exactly one decision of the
 * contract, and that decision must keep the contract's columns (C-4, the rule deployments follow).
 */
record EditedTable(String decisionKey, DmnModelInstance model) {

  /**
   * Contract keys the mail module evaluates outside any process, so no ticket's history has them.
   */
  private static final Set<String> DECIDED_OUTSIDE_TICKETS = Set.of("notification-policy");

  static EditedTable read(byte[] file) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(file));
    } catch (RuntimeException e) {
      throw invalid("not a DMN file: " + e.getMessage());
    }
    String notFeel = FeelOnly.problem(model);
    if (notFeel != null) {
      throw invalid("the file " + notFeel);
    }
    List<Decision> contracted =
        model.getModelElementsByType(Decision.class).stream()
            .filter(decision -> DecisionContractRule.covers(decision.getId()))
            .toList();
    if (contracted.size() != 1) {
      throw invalid(
          contracted.isEmpty()
              ? "has no decision of the decision contract (a table from dmn/<tenant>/, edited)"
              : "has more than one decision of the decision contract; simulate one at a time");
    }
    Decision decision = contracted.get(0);
    if (DECIDED_OUTSIDE_TICKETS.contains(decision.getId())) {
      throw invalid(
          "decision '"
              + decision.getId()
              + "' is decided when a mail is sent, not in a ticket's process: its decisions"
              + " are not recorded for tickets and cannot be replayed");
    }
    String problem = DecisionContractRule.problem(decision);
    if (problem != null) {
      throw invalid(
          "decision '" + decision.getId() + "' " + problem + ". Change rows, not columns.");
    }
    return new EditedTable(decision.getId(), model);
  }

  static ApiException invalid(String message) {
    return ApiException.badRequest("file", message);
  }
}
