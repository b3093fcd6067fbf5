package dev.supportflow.policy;

import static dev.supportflow.policy.DmnTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code emergency} table of each tenant (L-4.2, O-2): one case per row, plus null and absent
 * inputs.
 */
class EmergencyDecisionTest {

  private static final DmnTables.TenantTables TABLES = new DmnTables.TenantTables("emergency");

  record Case(
      String name, String tenant, Map<String, Object> inputs, boolean emergency, String reason) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        // ERP Suporte Leilões, L-4.2
        new Case(
            "L-4.2 SERVER_DOWN is an emergency",
            "leiloes",
            vars("symptom", "SERVER_DOWN", "type", "INCIDENT", "auctionInProgress", false),
            true,
            "server down"),
        new Case(
            "L-4.2 ACCESS_FAILURE is an emergency",
            "leiloes",
            vars("symptom", "ACCESS_FAILURE", "type", "INCIDENT", "auctionInProgress", null),
            true,
            "access failure"),
        new Case(
            "L-4.2 OPERATION_BLOCKED is an emergency, whatever the type",
            "leiloes",
            vars("symptom", "OPERATION_BLOCKED", "type", "QUESTION", "auctionInProgress", true),
            true,
            "operation blocked"),
        new Case(
            "L-4.2 DEGRADED is not an emergency",
            "leiloes",
            vars("symptom", "DEGRADED", "type", "INCIDENT", "auctionInProgress", true),
            false,
            "no emergency symptom"),
        new Case(
            "L-4.2 NONE is not an emergency",
            "leiloes",
            vars("symptom", "NONE", "type", "QUESTION", "auctionInProgress", false),
            false,
            "no emergency symptom"),
        new Case(
            "L-4.2 symptom null is not an emergency",
            "leiloes",
            vars("symptom", null, "type", "INCIDENT", "auctionInProgress", null),
            false,
            "no emergency symptom"),
        new Case(
            "L-4.2 symptom and auctionInProgress absent: not an emergency",
            "leiloes",
            vars("type", "DEVELOPMENT"),
            false,
            "no emergency symptom"),
        // Oobj, O-2 (example: the same three symptoms)
        new Case(
            "O-2 SERVER_DOWN is an emergency (example)",
            "oobj",
            vars("symptom", "SERVER_DOWN", "type", "INCIDENT", "auctionInProgress", null),
            true,
            "server down"),
        new Case(
            "O-2 ACCESS_FAILURE is an emergency (example)",
            "oobj",
            vars("symptom", "ACCESS_FAILURE", "type", "INCIDENT"),
            true,
            "access failure"),
        new Case(
            "O-2 OPERATION_BLOCKED is an emergency (example)",
            "oobj",
            vars("symptom", "OPERATION_BLOCKED", "type", "PROBLEM", "auctionInProgress", null),
            true,
            "operation blocked"),
        new Case(
            "O-2 DEGRADED is not an emergency (example)",
            "oobj",
            vars("symptom", "DEGRADED", "type", "INCIDENT", "auctionInProgress", null),
            false,
            "no emergency symptom"),
        new Case(
            "O-2 symptom null is not an emergency (example)",
            "oobj",
            vars("symptom", null, "type", "SERVICE_REQUEST"),
            false,
            "no emergency symptom"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decidesEmergency(Case c) {
    Map<String, Object> result = TABLES.evaluate(c.tenant(), c.inputs());

    assertThat(result)
        .containsOnlyKeys("emergency", "emergencyReason")
        .containsEntry("emergency", c.emergency())
        .containsEntry("emergencyReason", c.reason());
  }
}
