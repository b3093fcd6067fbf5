package dev.supportflow.ticket;

public enum TicketType {
  INCIDENT,
  PROBLEM,
  SERVICE_REQUEST,
  QUESTION,
  DEVELOPMENT,
  CUSTOMIZATION,
  UPDATE,
  MIGRATION,
  REINSTALLATION,
  BACKUP
}
