package dev.supportflow.ticket;

/** The two targets of a ticket's SLA, as the breach steps of the model name them. */
enum SlaTarget {
  FIRST_RESPONSE("first_response_met"),
  RESOLUTION("resolution_met");

  private final String metColumn;

  SlaTarget(String metColumn) {
    this.metColumn = metColumn;
  }

  String metColumn() {
    return metColumn;
  }
}
