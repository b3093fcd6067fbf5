package dev.supportflow.security;

import dev.supportflow.web.ApiException;
import java.util.Optional;
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

  /**
   * C-5 for a client's own records (meetings, trainings, interventions): the client who owns it,
   * staff and gateways of its tenant (as for tickets), admins. Anyone else gets a 404, as if it did
   * not exist.
   */
  public boolean mayRead(String tenant, String clientId) {
    if (isAdmin()) {
      return true;
    }
    if (!belongsTo(tenant)) {
      return false;
    }
    return isClient() ? clientId.equals(userId) : isStaff() || isGateway();
  }

  /**
   * {@link #mayRead} as a filter for lists: the records of which tenant and client the caller sees,
   * {@code null} meaning any (admins: every tenant; staff and gateways: every client of their one
   * tenant). Empty when the caller sees none.
   */
  public Optional<ReadScope> readScope() {
    if (isAdmin()) {
      return Optional.of(new ReadScope(null, null));
    }
    if (tenantIds.size() != 1 || !(isClient() || isStaff() || isGateway())) {
      return Optional.empty();
    }
    return Optional.of(new ReadScope(tenantIds.iterator().next(), isClient() ? userId : null));
  }

  public record ReadScope(String tenant, String clientId) {}

  public boolean belongsTo(String tenant) {
    return isAdmin() || tenantIds.contains(tenant);
  }

  /**
   * The tenant a call acts in: the one named, if the caller belongs to it (else 403), or the
   * caller's only tenant; a caller of several tenants or none (admins) must name one (400).
   */
  public String tenantFor(String requested) {
    if (requested != null && !requested.isBlank()) {
      if (!belongsTo(requested)) {
        throw ApiException.forbidden("You do not belong to tenant " + requested + ".");
      }
      return requested;
    }
    if (tenantIds.size() != 1) {
      throw ApiException.badRequest("tenant", "required: name the tenant you act in");
    }
    return tenantIds.iterator().next();
  }
}
