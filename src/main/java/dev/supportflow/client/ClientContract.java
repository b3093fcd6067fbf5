package dev.supportflow.client;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a client bought: the plan facts the tenant's decision tables take as inputs. Values are the POLICY.md
 * vocabulary as plain strings, so a new tier or product is a data and DMN change, not a build.
 */
public record ClientContract(
    String clientId,
    String tenant,
    String displayName,
    String tier,
    String dedicatedDeveloper,
    boolean consulting,
    int trainingHoursIncluded,
    BigDecimal adHocMeetingRate,
    String accountManager,
    String dedicatedTeam,
    String deployment,
    String database,
    Set<String> products) {

  /** The products as one comma-separated value, as the decision tables read them. */
  public String productList() {
    return String.join(",", products);
  }
}
