package dev.supportflow.simulation;

import dev.supportflow.simulation.SimulationResult.Change;
import dev.supportflow.simulation.SimulationResult.Outcome;
import dev.supportflow.simulation.SimulationResult.Transition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;

/**
 * Both versions of a table evaluated on each recorded evaluation, in the order they happened; each
 * distinct input tuple is evaluated once. An evaluation changed when the outputs differ.
 */
final class Replay {

  private record Outcomes(Outcome before, Outcome after) {
    boolean changed() {
      return !before.outputs().equals(after.outputs());
    }
  }

  private record OutputPair(Map<String, Object> from, Map<String, Object> to) {}

  private final ReplayEngine engine;
  private final DmnDecision before;
  private final DmnDecision after;
  private final List<String> inputLabels;
  private final Map<List<Object>, Outcomes> byInputs = new HashMap<>();
  private final Map<OutputPair, Long> transitions = new LinkedHashMap<>();
  private final List<Change> changes = new ArrayList<>();
  private long evaluations;
  private long changed;

  Replay(ReplayEngine engine, DmnDecision before, DmnDecision after, List<String> inputLabels) {
    this.engine = engine;
    this.before = before;
    this.after = after;
    this.inputLabels = inputLabels;
  }

  void add(RecordedEvaluation evaluation) {
    Object[] values = new Object[inputLabels.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = evaluation.inputs().get(inputLabels.get(i));
    }
    Outcomes outcomes = byInputs.computeIfAbsent(Arrays.asList(values), this::evaluate);
    evaluations++;
    if (!outcomes.changed()) {
      return;
    }
    changed++;
    transitions.merge(
        new OutputPair(outcomes.before().outputs(), outcomes.after().outputs()), 1L, Long::sum);
    if (changes.size() < SimulationResult.MAX_CHANGES) {
      changes.add(
          new Change(
              evaluation.ticketId(),
              evaluation.evaluatedAt(),
              variables(values),
              outcomes.before(),
              outcomes.after()));
    }
  }

  SimulationResult result(String decisionKey, int deployedVersion) {
    List<Transition> sorted =
        transitions.entrySet().stream()
            .map(e -> new Transition(e.getKey().from(), e.getKey().to(), e.getValue()))
            .sorted(Comparator.comparingLong(Transition::count).reversed())
            .toList();
    return new SimulationResult(
        decisionKey, deployedVersion, evaluations, changed, sorted, List.copyOf(changes));
  }

  private Outcomes evaluate(List<Object> values) {
    Map<String, Object> variables = variables(values.toArray());
    Outcome deployed = engine.evaluate(before, variables);
    try {
      return new Outcomes(deployed, engine.evaluate(after, variables));
    } catch (RuntimeException e) {
      throw EditedTable.invalid(
          "the edited table fails on recorded inputs " + variables + ": " + e.getMessage());
    }
  }

  private Map<String, Object> variables(Object[] values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      variables.put(inputLabels.get(i), values[i]);
    }
    return variables;
  }
}
