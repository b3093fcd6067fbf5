package dev.supportflow.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a client bought: the plan facts the tenant's decision tables take as inputs. Values are the
 * POLICY.md vocabulary as plain strings, so a new tier or product is a data and DMN change, not a
 * build.
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

  /**
   * The plan in one line, as staff read it on a task's form (e.g. "PREMIUM · 8 h de treinamento").
   */
  public String summary() {
    List<String> parts = new ArrayList<>();
    if (tier != null) {
      parts.add(tier);
    }
    if (deployment != null) {
      parts.add(database == null ? deployment : deployment + " " + database);
    }
    if (products != null && !products.isEmpty()) {
      parts.add(String.join(", ", new TreeSet<>(products)));
    }
    if (dedicatedDeveloper != null && !dedicatedDeveloper.equals("NONE")) {
      parts.add("desenvolvedor dedicado " + dedicatedDeveloper);
    }
    if (consulting) {
      parts.add("consultoria");
    }
    if (trainingHoursIncluded > 0) {
      parts.add(trainingHoursIncluded + " h de treinamento");
    }
    return String.join(" · ", parts);
  }
}
