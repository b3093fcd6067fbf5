package dev.supportflow.report;

import java.util.Arrays;
import java.util.Optional;

/** What the SLA report's rows are: one per catalog service, ticket type, channel or ISO week. */
enum SlaGrouping {
  SERVICE("service"),
  TYPE("type"),
  CHANNEL("channel"),
  WEEK("week");

  private final String parameter;

  SlaGrouping(String parameter) {
    this.parameter = parameter;
  }

  static Optional<SlaGrouping> fromParameter(String value) {
    return Arrays.stream(values()).filter(g -> g.parameter.equals(value)).findFirst();
  }
}
