package dev.supportflow.demo;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * What the demo's people will do next, in time order (same time: first planned, first done).
 * Nothing is planned at or after the end of the range: those tickets are still being worked when
 * the desk opens for real.
 */
final class Agenda {

  record Step(Instant at, long order, Runnable action) {}

  private final PriorityQueue<Step> steps =
      new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingLong(Step::order));
  private final Instant end;
  private long planned;

  Agenda(Instant end) {
    this.end = end;
  }

  void at(Instant at, Runnable action) {
    if (at.isBefore(end)) {
      steps.add(new Step(at, planned++, action));
    }
  }

  /** The next step, or null when nothing is left. */
  Step next() {
    return steps.poll();
  }
}
