package dev.supportflow.ticket;

public enum RemoteAccessTool {
  TERMINAL_SERVICE,
  TEAMVIEWER
}
