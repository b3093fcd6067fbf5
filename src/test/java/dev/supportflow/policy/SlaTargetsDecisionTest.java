package dev.supportflow.policy;

import static dev.supportflow.policy.DmnTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code sla-targets} table of each tenant (L-1, L-2.1, L-2.2, L-4.2, O-2, O-3): one case per
 * row, plus the cases where an input is null or absent and must still reach the intended row.
 */
class SlaTargetsDecisionTest {

  private static final String BUSINESS = "BUSINESS_HOURS";
  private static final String ALWAYS = "24X7";

  private static final DmnTables.TenantTables TABLES = new DmnTables.TenantTables("sla-targets");

  record Expected(
      boolean slaApplies,
      String firstResponse,
      String firstResponseClock,
      String resolution,
      String resolutionClock,
      String slaRule) {
    /** A row that promises an SLA. */
    Expected(
        String firstResponse,
        String firstResponseClock,
        String resolution,
        String resolutionClock,
        String slaRule) {
      this(true, firstResponse, firstResponseClock, resolution, resolutionClock, slaRule);
    }
  }

  record Case(String name, String tenant, Map<String, Object> inputs, Expected expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A leiloes ticket: no service. */
  private static Map<String, Object> leiloes(
      String type, boolean emergency, boolean outOfHours, Boolean auction) {
    return leiloes(type, emergency, outOfHours, auction, "WHATSAPP_OFFICIAL");
  }

  /** A leiloes ticket received on {@code channel}: no service. */
  private static Map<String, Object> leiloes(
      String type, boolean emergency, boolean outOfHours, Boolean auction, String channel) {
    return vars(
        "type",
        type,
        "service",
        null,
        "emergency",
        emergency,
        "outOfHours",
        outOfHours,
        "auctionInProgress",
        auction,
        "channel",
        channel);
  }

  /** An oobj ticket: no auction. */
  private static Map<String, Object> oobj(
      String service, boolean emergency, boolean outOfHours, String channel) {
    return vars(
        "type",
        "INCIDENT",
        "service",
        service,
        "emergency",
        emergency,
        "outOfHours",
        outOfHours,
        "auctionInProgress",
        null,
        "channel",
        channel);
  }

  private static Expected leiloesImmediate(String rule) {
    return new Expected("PT5M", ALWAYS, null, null, rule);
  }

  private static final Expected LEILOES_DEFAULT =
      new Expected("PT30M", BUSINESS, null, null, "L-2.2-default");

  private static final Expected LEILOES_NO_SLA =
      new Expected(false, null, null, null, null, "L-2.1-other-number");

  private static final Expected LEILOES_DEVELOPMENT =
      new Expected("PT30M", BUSINESS, null, null, "L-1-development");

  private static Expected catalog(String service, String response, String action) {
    return new Expected(response, BUSINESS, action, BUSINESS, "O-3-" + service);
  }

  private static final Expected OOBJ_DEFAULT =
      new Expected("PT4H", BUSINESS, "PT16H", BUSINESS, "O-3-default");

  static Stream<Case> cases() {
    return Stream.of(
        // ERP Suporte Leilões
        new Case(
            "L-2.1 WHATSAPP_OTHER: slaApplies false, no response time promised",
            "leiloes",
            leiloes("INCIDENT", false, false, false, "WHATSAPP_OTHER"),
            LEILOES_NO_SLA),
        new Case(
            "L-2.1 WHATSAPP_OTHER wins over an auction in progress: slaApplies false",
            "leiloes",
            leiloes("INCIDENT", false, false, true, "WHATSAPP_OTHER"),
            LEILOES_NO_SLA),
        new Case(
            "L-2.1 WHATSAPP_OTHER wins over an out-of-hours emergency: slaApplies false",
            "leiloes",
            leiloes("INCIDENT", true, true, null, "WHATSAPP_OTHER"),
            LEILOES_NO_SLA),
        new Case(
            "L-2.1 WHATSAPP_OTHER wins over DEVELOPMENT: slaApplies false",
            "leiloes",
            leiloes("DEVELOPMENT", false, false, false, "WHATSAPP_OTHER"),
            LEILOES_NO_SLA),
        new Case(
            "L-1 DEVELOPMENT: PT30M business hours, no resolution target",
            "leiloes",
            leiloes("DEVELOPMENT", false, false, false, "PORTAL"),
            LEILOES_DEVELOPMENT),
        new Case(
            "L-1 DEVELOPMENT out of hours, auctionInProgress null: PT30M business hours",
            "leiloes",
            leiloes("DEVELOPMENT", false, true, null, "PHONE"),
            LEILOES_DEVELOPMENT),
        new Case(
            "L-1 DEVELOPMENT during an auction: the auction row first, PT5M 24x7",
            "leiloes",
            leiloes("DEVELOPMENT", false, false, true, "PORTAL"),
            leiloesImmediate("L-2.2-auction")),
        new Case(
            "L-2.2 auction in progress: first response PT5M 24x7",
            "leiloes",
            leiloes("INCIDENT", false, false, true),
            leiloesImmediate("L-2.2-auction")),
        new Case(
            "L-2.2 auction in progress out of hours, no emergency: still PT5M 24x7",
            "leiloes",
            leiloes("QUESTION", false, true, true),
            leiloesImmediate("L-2.2-auction")),
        new Case(
            "L-4.2 out-of-hours emergency is free and immediate: PT5M 24x7",
            "leiloes",
            leiloes("INCIDENT", true, true, false),
            leiloesImmediate("L-4.2-emergency-out-of-hours")),
        new Case(
            "L-4.2 out-of-hours emergency, auctionInProgress null: PT5M 24x7",
            "leiloes",
            leiloes("INCIDENT", true, true, null),
            leiloesImmediate("L-4.2-emergency-out-of-hours")),
        new Case(
            "L-4.2 out-of-hours emergency, auctionInProgress and service absent: PT5M 24x7",
            "leiloes",
            vars("type", "INCIDENT", "emergency", true, "outOfHours", true, "channel", "PHONE"),
            leiloesImmediate("L-4.2-emergency-out-of-hours")),
        new Case(
            "L-2.2 no auction: first response PT30M business hours, no resolution target",
            "leiloes",
            leiloes("INCIDENT", false, false, false),
            LEILOES_DEFAULT),
        new Case(
            "L-2.2 auctionInProgress null: default PT30M business hours",
            "leiloes",
            leiloes("QUESTION", false, false, null),
            LEILOES_DEFAULT),
        new Case(
            "L-2.2 emergency in business hours without auction: default PT30M business hours",
            "leiloes",
            leiloes("INCIDENT", true, false, false),
            LEILOES_DEFAULT),
        new Case(
            "L-4.3 non-emergency out of hours: PT30M business hours, counted from the next opening",
            "leiloes",
            leiloes("SERVICE_REQUEST", false, true, false),
            LEILOES_DEFAULT),
        new Case(
            "L-2.2 every input absent: default PT30M business hours",
            "leiloes",
            vars(),
            LEILOES_DEFAULT),
        // Oobj
        new Case(
            "O-2 emergency out of hours (phone): PT30M / PT4H 24x7",
            "oobj",
            oobj("NFE_EMISSION", true, true, "PHONE"),
            new Expected("PT30M", ALWAYS, "PT4H", ALWAYS, "O-2-emergency-out-of-hours")),
        new Case(
            "O-2 emergency out of hours without a service: PT30M / PT4H 24x7",
            "oobj",
            oobj(null, true, true, "PHONE"),
            new Expected("PT30M", ALWAYS, "PT4H", ALWAYS, "O-2-emergency-out-of-hours")),
        new Case(
            "O-2 emergency in business hours beats the catalog: PT30M / PT4H business hours",
            "oobj",
            oobj("DANFE_PRINT", true, false, "PORTAL"),
            new Expected("PT30M", BUSINESS, "PT4H", BUSINESS, "O-2-emergency-in-hours")),
        new Case(
            "O-2 emergency, outOfHours null: in-hours emergency row",
            "oobj",
            vars(
                "type",
                "INCIDENT",
                "service",
                "NFE_EMISSION",
                "emergency",
                true,
                "outOfHours",
                null,
                "channel",
                "PHONE"),
            new Expected("PT30M", BUSINESS, "PT4H", BUSINESS, "O-2-emergency-in-hours")),
        new Case(
            "O-3 NFE_EMISSION catalog row",
            "oobj",
            oobj("NFE_EMISSION", false, false, "PORTAL"),
            catalog("NFE_EMISSION", "PT1H", "PT8H")),
        new Case(
            "O-3 NFCE_EMISSION catalog row",
            "oobj",
            oobj("NFCE_EMISSION", false, false, "EMAIL"),
            catalog("NFCE_EMISSION", "PT1H", "PT8H")),
        new Case(
            "O-3 CTE_EMISSION catalog row",
            "oobj",
            oobj("CTE_EMISSION", false, false, "PHONE"),
            catalog("CTE_EMISSION", "PT2H", "PT8H")),
        new Case(
            "O-3 MDFE_EMISSION catalog row",
            "oobj",
            oobj("MDFE_EMISSION", false, false, "PORTAL"),
            catalog("MDFE_EMISSION", "PT2H", "PT8H")),
        new Case(
            "O-3 DANFE_PRINT catalog row",
            "oobj",
            oobj("DANFE_PRINT", false, false, "PORTAL"),
            catalog("DANFE_PRINT", "PT4H", "PT16H")),
        new Case(
            "O-3 FISCAL_SCHEMA_QUESTION catalog row",
            "oobj",
            oobj("FISCAL_SCHEMA_QUESTION", false, false, "EMAIL"),
            catalog("FISCAL_SCHEMA_QUESTION", "PT4H", "PT24H")),
        new Case(
            "O-3 PORTAL_ACCESS catalog row",
            "oobj",
            oobj("PORTAL_ACCESS", false, false, "PHONE"),
            catalog("PORTAL_ACCESS", "PT1H", "PT4H")),
        new Case(
            "O-2 non-emergency out of hours: catalog row on business hours, counted from the next opening",
            "oobj",
            oobj("NFE_EMISSION", false, true, "PORTAL"),
            catalog("NFE_EMISSION", "PT1H", "PT8H")),
        new Case(
            "O-3 service not in the catalog: default row PT4H / PT16H business hours",
            "oobj",
            oobj("NFSE_EMISSION", false, false, "PORTAL"),
            OOBJ_DEFAULT),
        new Case(
            "O-3 service null: default row PT4H / PT16H business hours",
            "oobj",
            oobj(null, false, false, "PORTAL"),
            OOBJ_DEFAULT),
        new Case(
            "O-3 service and auctionInProgress absent: default row",
            "oobj",
            vars("type", "QUESTION", "emergency", false, "outOfHours", false, "channel", "PORTAL"),
            OOBJ_DEFAULT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decidesSlaTargets(Case c) {
    Map<String, Object> result = TABLES.evaluate(c.tenant(), c.inputs());

    Expected e = c.expected();
    assertThat(result)
        .containsOnlyKeys(
            "slaApplies",
            "firstResponse",
            "firstResponseClock",
            "resolution",
            "resolutionClock",
            "slaRule")
        .containsEntry("slaApplies", e.slaApplies())
        .containsEntry("firstResponse", e.firstResponse())
        .containsEntry("firstResponseClock", e.firstResponseClock())
        .containsEntry("resolution", e.resolution())
        .containsEntry("resolutionClock", e.resolutionClock())
        .containsEntry("slaRule", e.slaRule());
  }
}
