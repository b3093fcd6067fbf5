package dev.supportflow.training;

/** Where a training request stands (API.md "Meetings, trainings, interventions"). */
public enum TrainingStatus {
  REQUESTED,
  AWAITING_QUOTE,
  AWAITING_CONSENT,
  SCHEDULED,
  CLOSED
}
