package dev.supportflow.intervention;

import dev.supportflow.billing.BillableSubject;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Interventions as the {@code billable-work-consent} process sees them: subjectType INTERVENTION. */
@Component
class InterventionSubject implements BillableSubject {

  static final String TYPE = "INTERVENTION";

  private final InterventionRepository interventions;

  InterventionSubject(InterventionRepository interventions) {
    this.interventions = interventions;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void statusChanged(String subjectId, String status, Instant at) {
    interventions.updateStatus(number(subjectId), InterventionStatus.valueOf(status), at);
  }

  @Override
  public void recordEvent(String subjectId, Instant at, String kind, String actor, String detail) {
    interventions.addEvent(number(subjectId), at, kind, actor == null ? "system" : actor, detail);
  }

  private static long number(String subjectId) {
    return InterventionIds.parse(subjectId)
        .orElseThrow(() -> new IllegalStateException("Not an intervention id: " + subjectId));
  }
}
