package dev.supportflow.simulation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the edited table would have decided on the recorded evaluations (API.md). */
record SimulationResult(
    String decisionKey,
    int deployedVersion,
    long evaluations,
    long changed,
    List<Transition> transitions,
    List<Change> changes) {

  /** The most changes listed one by one; {@code changed} counts them all. */
  static final int MAX_CHANGES = 500;

  /** The outputs of one evaluation and the rules (ids) that gave them. */
  record Outcome(Map<String, Object> outputs, List<String> matchedRules) {}

  /** How many evaluations moved from these outputs to those. */
  record Transition(Map<String, Object> from, Map<String, Object> to, long count) {}

  record Change(
      String ticketId,
      Instant evaluatedAt,
      Map<String, Object> inputs,
      Outcome before,
      Outcome after) {}
}
