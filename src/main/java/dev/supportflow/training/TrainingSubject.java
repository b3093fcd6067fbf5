package dev.supportflow.training;

import dev.supportflow.billing.BillableSubject;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Trainings as the consent process sees them: quote progress moves the row's status and shows on its timeline. */
@Component
class TrainingSubject implements BillableSubject {

  static final String TYPE = "TRAINING";

  private final TrainingRepository trainings;

  TrainingSubject(TrainingRepository trainings) {
    this.trainings = trainings;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void statusChanged(String subjectId, String status, Instant at) {
    trainings.updateStatus(TrainingIds.number(subjectId), TrainingStatus.valueOf(status), at);
  }

  @Override
  public void recordEvent(String subjectId, Instant at, String kind, String actor, String detail) {
    trainings.addEvent(TrainingIds.number(subjectId), at, kind, actor == null ? "system" : actor, detail);
  }
}
