package dev.supportflow.meeting;

/** Where a meeting request stands (API.md "Meetings, trainings, interventions"). */
public enum MeetingStatus {
  PENDING_APPROVAL,
  REJECTED,
  AWAITING_QUOTE,
  AWAITING_CONSENT,
  SCHEDULED,
  CLOSED
}
