package dev.supportflow.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The groups of API.md ("Who calls"): they exist in every profile, with or without demo data. */
public final class Groups {

  public static final String CLIENTS = Caller.CLIENTS;
  public static final String GATEWAYS = Caller.GATEWAYS;
  public static final String ANALYSTS = "analysts";
  public static final String SUPERVISORS = "supervisors";
  public static final String ACCOUNT_MANAGERS = "account-managers";
  public static final String PROCESS_OWNERS = "process-owners";
  public static final String ADMINS = Caller.ADMINS;

  /** Staff who work in Tasklist (admins are Camunda admins and need no grants). */
  public static final List<String> TASKLIST_STAFF =
      List.of(ANALYSTS, SUPERVISORS, ACCOUNT_MANAGERS, PROCESS_OWNERS);

  /** Staff who also follow running processes and decisions in Cockpit. */
  public static final List<String> COCKPIT_STAFF = List.of(SUPERVISORS, PROCESS_OWNERS);

  /** Group id and display name, in the order Camunda Admin lists them. */
  static final Map<String, String> ALL = new LinkedHashMap<>();

  static {
    ALL.put(CLIENTS, "Clients");
    ALL.put(GATEWAYS, "Channel gateways");
    ALL.put(ANALYSTS, "Analysts");
    ALL.put(SUPERVISORS, "Supervisors");
    ALL.put(ACCOUNT_MANAGERS, "Account managers");
    ALL.put(PROCESS_OWNERS, "Process owners");
    ALL.put(ADMINS, "Administrators");
  }

  private Groups() {}
}
