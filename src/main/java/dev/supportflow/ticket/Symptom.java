package dev.supportflow.ticket;

/**
 * What the client sees. Which symptoms make an emergency is decided by the tenant's {@code
 * emergency} table.
 */
public enum Symptom {
  SERVER_DOWN,
  ACCESS_FAILURE,
  OPERATION_BLOCKED,
  DEGRADED,
  NONE
}
