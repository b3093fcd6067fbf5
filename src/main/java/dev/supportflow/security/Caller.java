package dev.supportflow.security;

import java.util.Set;

/** Who is calling, as Camunda's identity service knows them: user id, groups and tenants. */
public record Caller(String userId, Set<String> groups, Set<String> tenantIds) {

  public static final String CLIENTS = "clients";
  public static final String GATEWAYS = "gateways";
  public static final String ADMINS = "admins";
  public static final Set<String> STAFF =
      Set.of("analysts", "supervisors", "account-managers", "process-owners", ADMINS);

  public boolean isClient() {
    return groups.contains(CLIENTS);
  }

  public boolean isGateway() {
    return groups.contains(GATEWAYS);
  }

  public boolean isAdmin() {
    return groups.contains(ADMINS) || groups.contains("camunda-admin");
  }

  public boolean isStaff() {
    return isAdmin() || groups.stream().anyMatch(STAFF::contains);
  }

  public boolean belongsTo(String tenant) {
    return isAdmin() || tenantIds.contains(tenant);
  }
}
