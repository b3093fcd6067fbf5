package dev.supportflow.policy;

import static dev.supportflow.policy.DmnTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code channel-policy} table of each tenant (L-2.1, L-3.1, L-3.2, L-4.2, L-4.3, L-7, O-2,
 * O-8): one case per row, the cases that prove the row order (hit policy FIRST), and null or absent
 * inputs.
 */
class ChannelPolicyDecisionTest {

  private static final String LEILOES_NUMBER = "(38) 99950-7998";
  private static final String OOBJ_PHONE = "(62) 3086-5750";

  private static final DmnTables.TenantTables TABLES = new DmnTables.TenantTables("channel-policy");

  /**
   * {@code outOfHoursHandling}: what happens to the contact out of hours ({@code NOW}, {@code
   * NEXT_OPENING}, {@code BILLING}; null when nothing is taken). {@code replyFacts}: key facts the
   * client's reply must contain (a phone number, a channel, a person, when the ticket will be
   * handled).
   */
  record Expected(
      String channelOutcome,
      String routeTo,
      String outOfHoursHandling,
      List<String> replyFacts,
      String channelRule) {}

  private static Expected expect(
      String channelOutcome,
      String routeTo,
      String outOfHoursHandling,
      String channelRule,
      String... replyFacts) {
    return new Expected(
        channelOutcome, routeTo, outOfHoursHandling, List.of(replyFacts), channelRule);
  }

  record Case(String name, String tenant, Map<String, Object> inputs, Expected expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A leiloes contact: the ticket's facts and the client's plan. */
  private static Map<String, Object> leiloes(
      String channel,
      String type,
      Boolean emergency,
      Boolean outOfHours,
      String tier,
      String dedicatedDeveloper,
      Boolean consulting) {
    return vars(
        "channel",
        channel,
        "type",
        type,
        "emergency",
        emergency,
        "outOfHours",
        outOfHours,
        "tier",
        tier,
        "dedicatedDeveloper",
        dedicatedDeveloper,
        "consulting",
        consulting);
  }

  /** A leiloes contact from a STANDARD client without developer or consulting. */
  private static Map<String, Object> leiloesStandard(
      String channel, String type, boolean emergency, boolean outOfHours) {
    return leiloes(channel, type, emergency, outOfHours, "STANDARD", "NONE", false);
  }

  /** An oobj contact from a STANDARD client without developer or consulting. */
  private static Map<String, Object> oobj(
      String channel, String type, Boolean emergency, Boolean outOfHours) {
    return vars(
        "channel",
        channel,
        "type",
        type,
        "emergency",
        emergency,
        "outOfHours",
        outOfHours,
        "tier",
        "STANDARD",
        "dedicatedDeveloper",
        "NONE",
        "consulting",
        false);
  }

  private static final Expected L_3_2_DEDICATED_TEAM =
      expect("FORWARD", "DEDICATED_TEAM", null, "L-3.2-dedicated-team", "equipe dedicada");
  private static final Expected L_3_2_IGNORED =
      expect("IGNORE", null, null, "L-3.2-ignored", "sistema de suporte integrado ao ERP");
  private static final Expected L_3_1_GROUP_EMERGENCY =
      expect("ACCEPT", "ANALYSTS", "NOW", "L-3.1-group-emergency", "imediatamente");
  private static final Expected L_3_1_GROUP_REFUSED =
      expect("REJECT", null, null, "L-3.1-group-refused", LEILOES_NUMBER);
  private static final Expected L_7_DEDICATED =
      expect("ACCEPT", "DEDICATED_TEAM", "BILLING", "L-7-dedicated", "consultor / equipe dedicada");
  private static final Expected L_7_CONSULTING =
      expect(
          "ACCEPT", "DEDICATED_TEAM", "BILLING", "L-7-consulting", "consultor / equipe dedicada");
  private static final Expected L_4_2_PHONE_EMERGENCY =
      expect("ACCEPT", "ANALYSTS", "NOW", "L-4.2-phone-emergency", "plantão", "sem custo");
  private static final Expected L_7_ACCOUNT_MANAGER =
      expect("ACCEPT", "ACCOUNT_MANAGER", "BILLING", "L-7-account-manager", "gerente de contas");
  private static final Expected L_2_1_OTHER_NUMBER_OUT_OF_HOURS =
      expect(
          "ACCEPT",
          "ANALYSTS",
          "NEXT_OPENING",
          "L-2.1-other-number-out-of-hours",
          LEILOES_NUMBER,
          "não garantimos SLA",
          "próxima abertura",
          "emergências são atendidas imediatamente",
          "cobrados por hora");
  private static final Expected L_2_1_OTHER_NUMBER =
      expect("ACCEPT", "ANALYSTS", "NEXT_OPENING", "L-2.1-other-number", LEILOES_NUMBER);
  private static final Expected L_4_2_EMERGENCY =
      expect("ACCEPT", "ANALYSTS", "NOW", "L-4.2-emergency", "plantão", "sem custo");
  private static final Expected L_2_1_OFFICIAL =
      expect("ACCEPT", "ANALYSTS", "BILLING", "L-2.1-official", "prazo do SLA");
  private static final Expected L_2_1_OTHER_CHANNEL =
      expect("REJECT", null, null, "L-2.1-other-channel", LEILOES_NUMBER);

  private static final Expected O_8_MESSAGING =
      expect("REJECT", null, null, "O-8-messaging", OOBJ_PHONE);
  private static final Expected O_2_PHONE_EMERGENCY =
      expect("ACCEPT", "ANALYSTS", "NOW", "O-2-phone-emergency", "imediatamente");
  private static final Expected O_2_EMERGENCY_NEXT_OPENING =
      expect(
          "ACCEPT",
          "ANALYSTS",
          "NEXT_OPENING",
          "O-2-emergency-next-opening",
          "próxima abertura",
          "07h–19h",
          "somente pelo telefone " + OOBJ_PHONE);
  private static final Expected O_2_ACCEPTED =
      expect("ACCEPT", "ANALYSTS", "BILLING", "O-2-accepted", "catálogo de serviços");
  private static final Expected O_8_OTHER =
      expect("REJECT", null, null, "O-8-other", "portal de suporte");

  static Stream<Case> cases() {
    return Stream.of(
        // ERP Suporte Leilões: L-3.2 development by WhatsApp
        new Case(
            "L-3.2 DEVELOPMENT by WHATSAPP_OFFICIAL of a client with a FULL_TIME developer: FORWARD, "
                + "DEDICATED_TEAM",
            "leiloes",
            leiloes(
                "WHATSAPP_OFFICIAL", "DEVELOPMENT", false, false, "STANDARD", "FULL_TIME", false),
            L_3_2_DEDICATED_TEAM),
        new Case(
            "L-3.2 DEVELOPMENT in a WHATSAPP_GROUP (emergency, PREMIUM) of a client with a dedicated TEAM: "
                + "FORWARD, not the group rule",
            "leiloes",
            leiloes("WHATSAPP_GROUP", "DEVELOPMENT", true, false, "PREMIUM", "TEAM", false),
            L_3_2_DEDICATED_TEAM),
        new Case(
            "L-3.2 DEVELOPMENT by WHATSAPP_OTHER of a client with a PART_TIME developer: FORWARD, "
                + "not the other-number rule",
            "leiloes",
            leiloes("WHATSAPP_OTHER", "DEVELOPMENT", false, true, "STANDARD", "PART_TIME", false),
            L_3_2_DEDICATED_TEAM),
        new Case(
            "L-3.2 DEVELOPMENT by WHATSAPP_OFFICIAL of a client without developer: IGNORE",
            "leiloes",
            leiloesStandard("WHATSAPP_OFFICIAL", "DEVELOPMENT", false, false),
            L_3_2_IGNORED),
        new Case(
            "L-3.2 DEVELOPMENT in a WHATSAPP_GROUP, emergency of an ENTERPRISE client without developer: "
                + "IGNORE, not the group emergency",
            "leiloes",
            leiloes("WHATSAPP_GROUP", "DEVELOPMENT", true, true, "ENTERPRISE", "NONE", true),
            L_3_2_IGNORED),
        new Case(
            "L-3.2 DEVELOPMENT by WHATSAPP_OTHER of a client without developer: IGNORE, "
                + "not the other-number rule",
            "leiloes",
            leiloesStandard("WHATSAPP_OTHER", "DEVELOPMENT", false, false),
            L_3_2_IGNORED),
        // L-3.1 WhatsApp group
        new Case(
            "L-3.1 WHATSAPP_GROUP emergency of a PREMIUM client: ACCEPT, ANALYSTS",
            "leiloes",
            leiloes("WHATSAPP_GROUP", "INCIDENT", true, false, "PREMIUM", "NONE", false),
            L_3_1_GROUP_EMERGENCY),
        new Case(
            "L-3.1 WHATSAPP_GROUP out-of-hours emergency of an ENTERPRISE client with a developer: "
                + "ACCEPT, ANALYSTS",
            "leiloes",
            leiloes("WHATSAPP_GROUP", "INCIDENT", true, true, "ENTERPRISE", "FULL_TIME", true),
            L_3_1_GROUP_EMERGENCY),
        new Case(
            "L-3.1 WHATSAPP_GROUP emergency of a STANDARD client: REJECT, reply names the official number",
            "leiloes",
            leiloesStandard("WHATSAPP_GROUP", "INCIDENT", true, false),
            L_3_1_GROUP_REFUSED),
        new Case(
            "L-3.1 WHATSAPP_GROUP non-emergency of a PREMIUM client: REJECT, reply names the official number",
            "leiloes",
            leiloes("WHATSAPP_GROUP", "QUESTION", false, false, "PREMIUM", "NONE", false),
            L_3_1_GROUP_REFUSED),
        new Case(
            "L-3.1 WHATSAPP_GROUP of a PREMIUM client, emergency null: REJECT",
            "leiloes",
            leiloes("WHATSAPP_GROUP", "INCIDENT", null, false, "PREMIUM", "NONE", false),
            L_3_1_GROUP_REFUSED),
        new Case(
            "L-3.1 WHATSAPP_GROUP emergency, tier null: REJECT",
            "leiloes",
            leiloes("WHATSAPP_GROUP", "INCIDENT", true, false, null, "NONE", false),
            L_3_1_GROUP_REFUSED),
        // L-4.2 before L-7: an out-of-hours emergency call goes to the on-call analysts
        new Case(
            "L-4.2 out-of-hours emergency PHONE call: ACCEPT, ANALYSTS (not the account manager)",
            "leiloes",
            leiloesStandard("PHONE", "INCIDENT", true, true),
            L_4_2_PHONE_EMERGENCY),
        new Case(
            "L-4.2 out-of-hours emergency PHONE call of a client with a dedicated team: still the on-call analysts",
            "leiloes",
            leiloes("PHONE", "INCIDENT", true, true, "ENTERPRISE", "TEAM", true),
            L_4_2_PHONE_EMERGENCY),
        new Case(
            "L-4.3 out-of-hours non-emergency PHONE call: the account manager, and the billing table decides "
                + "(BILLING)",
            "leiloes",
            leiloesStandard("PHONE", "SERVICE_REQUEST", false, true),
            L_7_ACCOUNT_MANAGER),
        new Case(
            "L-7 in-hours emergency PHONE call: the account manager",
            "leiloes",
            leiloesStandard("PHONE", "INCIDENT", true, false),
            L_7_ACCOUNT_MANAGER),
        new Case(
            "L-3.2 WhatsApp DEVELOPMENT with dedicatedDeveloper null: IGNORE (null is no developer)",
            "leiloes",
            leiloes("WHATSAPP_OFFICIAL", "DEVELOPMENT", false, false, "STANDARD", null, false),
            L_3_2_IGNORED),
        // L-7 calls
        new Case(
            "L-7 PHONE call of a client with a FULL_TIME developer: ACCEPT, DEDICATED_TEAM",
            "leiloes",
            leiloes("PHONE", "INCIDENT", false, false, "STANDARD", "FULL_TIME", false),
            L_7_DEDICATED),
        new Case(
            "L-7 PHONE call of a client with a TEAM and consulting: the dedicated row first",
            "leiloes",
            leiloes("PHONE", "QUESTION", false, false, "ENTERPRISE", "TEAM", true),
            L_7_DEDICATED),
        new Case(
            "L-7 PHONE call of a client with consulting=true and dedicatedDeveloper NONE: ACCEPT, "
                + "DEDICATED_TEAM",
            "leiloes",
            leiloes("PHONE", "INCIDENT", false, false, "STANDARD", "NONE", true),
            L_7_CONSULTING),
        new Case(
            "L-7 PHONE call of a client without consulting or developer: ACCEPT, ACCOUNT_MANAGER",
            "leiloes",
            leiloesStandard("PHONE", "INCIDENT", false, false),
            L_7_ACCOUNT_MANAGER),
        new Case(
            "L-7 PHONE call, consulting null and dedicatedDeveloper NONE: ACCOUNT_MANAGER",
            "leiloes",
            leiloes("PHONE", "SERVICE_REQUEST", false, false, "PREMIUM", "NONE", null),
            L_7_ACCOUNT_MANAGER),
        new Case(
            "L-7 DEVELOPMENT by PHONE is not the WhatsApp rule of L-3.2: ACCEPT, ACCOUNT_MANAGER",
            "leiloes",
            leiloesStandard("PHONE", "DEVELOPMENT", false, false),
            L_7_ACCOUNT_MANAGER),
        // L-2.1 channels
        new Case(
            "L-2.1 WHATSAPP_OTHER: ACCEPT without SLA, reply names the official number",
            "leiloes",
            leiloesStandard("WHATSAPP_OTHER", "INCIDENT", false, false),
            L_2_1_OTHER_NUMBER),
        new Case(
            "L-2.1 × L-4.3 WHATSAPP_OTHER out of hours: ACCEPT without SLA and without a quote, waits for the "
                + "next opening (NEXT_OPENING); reply names the official number and the out-of-hours rule",
            "leiloes",
            leiloesStandard("WHATSAPP_OTHER", "SERVICE_REQUEST", false, true),
            L_2_1_OTHER_NUMBER_OUT_OF_HOURS),
        new Case(
            "L-2.1 WHATSAPP_OTHER out-of-hours emergency of a PREMIUM client: still an other-number row "
                + "(NEXT_OPENING), not L-4.2",
            "leiloes",
            leiloes("WHATSAPP_OTHER", "INCIDENT", true, true, "PREMIUM", "NONE", false),
            L_2_1_OTHER_NUMBER_OUT_OF_HOURS),
        new Case(
            "L-2.1 WHATSAPP_OTHER, outOfHours null: the other-number row, NEXT_OPENING (never billed)",
            "leiloes",
            leiloes("WHATSAPP_OTHER", "INCIDENT", false, null, "STANDARD", "NONE", false),
            L_2_1_OTHER_NUMBER),
        // L-4.2 out-of-hours emergencies through the official channels
        new Case(
            "L-4.2 out-of-hours emergency by WHATSAPP_OFFICIAL: ACCEPT, taken at once and free (NOW)",
            "leiloes",
            leiloesStandard("WHATSAPP_OFFICIAL", "INCIDENT", true, true),
            L_4_2_EMERGENCY),
        new Case(
            "L-4.2 out-of-hours emergency by PORTAL: ACCEPT, taken at once and free (NOW)",
            "leiloes",
            leiloesStandard("PORTAL", "INCIDENT", true, true),
            L_4_2_EMERGENCY),
        new Case(
            "L-2.1 PORTAL emergency in business hours: the official row",
            "leiloes",
            leiloesStandard("PORTAL", "INCIDENT", true, false),
            L_2_1_OFFICIAL),
        new Case(
            "L-2.1 PORTAL emergency, outOfHours null: the official row",
            "leiloes",
            leiloes("PORTAL", "INCIDENT", true, null, "STANDARD", "NONE", false),
            L_2_1_OFFICIAL),
        new Case(
            "L-2.1 WHATSAPP_OFFICIAL: ACCEPT, ANALYSTS",
            "leiloes",
            leiloesStandard("WHATSAPP_OFFICIAL", "INCIDENT", false, false),
            L_2_1_OFFICIAL),
        new Case(
            "L-2.1 PORTAL: ACCEPT, ANALYSTS",
            "leiloes",
            leiloesStandard("PORTAL", "QUESTION", false, false),
            L_2_1_OFFICIAL),
        new Case(
            "L-4.3 out-of-hours non-emergency by PORTAL: ACCEPT, the billing table decides (BILLING)",
            "leiloes",
            leiloesStandard("PORTAL", "QUESTION", false, true),
            L_2_1_OFFICIAL),
        new Case(
            "L-4.3 out-of-hours non-emergency by WHATSAPP_OFFICIAL: ACCEPT, the billing table decides (BILLING)",
            "leiloes",
            leiloesStandard("WHATSAPP_OFFICIAL", "SERVICE_REQUEST", false, true),
            L_2_1_OFFICIAL),
        new Case(
            "L-3.2 DEVELOPMENT by PORTAL of a client with a developer: ACCEPT, ANALYSTS",
            "leiloes",
            leiloes("PORTAL", "DEVELOPMENT", false, false, "ENTERPRISE", "TEAM", true),
            L_2_1_OFFICIAL),
        new Case(
            "L-2.1 WHATSAPP_OFFICIAL, type and plan null: ACCEPT, ANALYSTS",
            "leiloes",
            leiloes("WHATSAPP_OFFICIAL", null, null, null, null, null, null),
            L_2_1_OFFICIAL),
        new Case(
            "L-2.1 EMAIL: REJECT, reply names the official number",
            "leiloes",
            leiloesStandard("EMAIL", "INCIDENT", false, false),
            L_2_1_OTHER_CHANNEL),
        new Case(
            "L-2.1 TELEGRAM emergency of an ENTERPRISE client: REJECT",
            "leiloes",
            leiloes("TELEGRAM", "INCIDENT", true, true, "ENTERPRISE", "TEAM", true),
            L_2_1_OTHER_CHANNEL),
        new Case(
            "L-2.1 SKYPE: REJECT",
            "leiloes",
            leiloesStandard("SKYPE", "QUESTION", false, false),
            L_2_1_OTHER_CHANNEL),
        new Case(
            "L-2.1 OTHER_IM DEVELOPMENT of a client with a developer: REJECT",
            "leiloes",
            leiloes("OTHER_IM", "DEVELOPMENT", false, false, "STANDARD", "FULL_TIME", false),
            L_2_1_OTHER_CHANNEL),
        new Case(
            "L-2.1 channel null: REJECT",
            "leiloes",
            leiloesStandard(null, "INCIDENT", false, false),
            L_2_1_OTHER_CHANNEL),
        new Case("L-2.1 every input absent: REJECT", "leiloes", vars(), L_2_1_OTHER_CHANNEL),
        // Oobj: O-8 messaging apps
        new Case(
            "O-8 WHATSAPP_OFFICIAL: REJECT, reply lists the official channels",
            "oobj",
            oobj("WHATSAPP_OFFICIAL", "INCIDENT", false, false),
            O_8_MESSAGING),
        new Case(
            "O-8 WHATSAPP_OTHER: REJECT",
            "oobj",
            oobj("WHATSAPP_OTHER", "QUESTION", false, false),
            O_8_MESSAGING),
        new Case(
            "O-8 WHATSAPP_GROUP: REJECT",
            "oobj",
            oobj("WHATSAPP_GROUP", "INCIDENT", false, false),
            O_8_MESSAGING),
        new Case(
            "O-8 TELEGRAM: REJECT",
            "oobj",
            oobj("TELEGRAM", "INCIDENT", false, false),
            O_8_MESSAGING),
        new Case(
            "O-8 SKYPE: REJECT",
            "oobj",
            oobj("SKYPE", "SERVICE_REQUEST", false, false),
            O_8_MESSAGING),
        new Case(
            "O-8 OTHER_IM: REJECT",
            "oobj",
            oobj("OTHER_IM", "INCIDENT", false, false),
            O_8_MESSAGING),
        new Case(
            "O-8 WHATSAPP_OFFICIAL out-of-hours emergency: the messaging row, before O-2",
            "oobj",
            oobj("WHATSAPP_OFFICIAL", "INCIDENT", true, true),
            O_8_MESSAGING),
        new Case(
            "O-8 WHATSAPP_OTHER out-of-hours emergency: REJECT, not queued",
            "oobj",
            oobj("WHATSAPP_OTHER", "INCIDENT", true, true),
            O_8_MESSAGING),
        // O-2 out of hours
        new Case(
            "O-2 out-of-hours emergency by PORTAL: ACCEPT, waits for the next opening (NEXT_OPENING); "
                + "the reply says so and gives the emergency phone",
            "oobj",
            oobj("PORTAL", "INCIDENT", true, true),
            O_2_EMERGENCY_NEXT_OPENING),
        new Case(
            "O-2 out-of-hours emergency by EMAIL: ACCEPT, waits for the next opening (NEXT_OPENING); "
                + "the reply gives the emergency phone",
            "oobj",
            oobj("EMAIL", "PROBLEM", true, true),
            O_2_EMERGENCY_NEXT_OPENING),
        new Case(
            "O-8 out-of-hours emergency, channel null: REJECT (not a support channel)",
            "oobj",
            oobj(null, "INCIDENT", true, true),
            O_8_OTHER),
        new Case(
            "O-2 out-of-hours emergency by PHONE: ACCEPT, ANALYSTS, taken at once (NOW)",
            "oobj",
            oobj("PHONE", "INCIDENT", true, true),
            O_2_PHONE_EMERGENCY),
        new Case(
            "O-2 out-of-hours non-emergency by EMAIL: ACCEPT, the billing table decides (BILLING: oobj's "
                + "bills nothing, so it waits for the next opening)",
            "oobj",
            oobj("EMAIL", "SERVICE_REQUEST", false, true),
            O_2_ACCEPTED),
        new Case(
            "O-2 out-of-hours non-emergency by PORTAL: ACCEPT, the billing table decides (BILLING)",
            "oobj",
            oobj("PORTAL", "QUESTION", false, true),
            O_2_ACCEPTED),
        new Case(
            "O-2 out-of-hours non-emergency PHONE call: ACCEPT, the billing table decides (BILLING)",
            "oobj",
            oobj("PHONE", "QUESTION", false, true),
            O_2_ACCEPTED),
        new Case(
            "O-2 PORTAL in business hours: ACCEPT, ANALYSTS",
            "oobj",
            oobj("PORTAL", "INCIDENT", false, false),
            O_2_ACCEPTED),
        new Case(
            "O-2 EMAIL emergency in business hours: ACCEPT, ANALYSTS",
            "oobj",
            oobj("EMAIL", "INCIDENT", true, false),
            O_2_ACCEPTED),
        new Case(
            "O-2 PHONE in business hours: ACCEPT, ANALYSTS",
            "oobj",
            oobj("PHONE", "QUESTION", false, false),
            O_2_ACCEPTED),
        new Case(
            "O-2 EMAIL emergency, outOfHours null: ACCEPT, ANALYSTS",
            "oobj",
            oobj("EMAIL", "INCIDENT", true, null),
            O_2_ACCEPTED),
        new Case(
            "O-2 PORTAL, emergency and outOfHours null: ACCEPT, ANALYSTS",
            "oobj",
            oobj("PORTAL", "INCIDENT", null, null),
            O_2_ACCEPTED),
        new Case(
            "O-2 DEVELOPMENT by PORTAL of a client with a dedicated TEAM: ACCEPT, ANALYSTS (no L-3.2 in oobj)",
            "oobj",
            vars(
                "channel",
                "PORTAL",
                "type",
                "DEVELOPMENT",
                "emergency",
                false,
                "outOfHours",
                false,
                "tier",
                "ENTERPRISE",
                "dedicatedDeveloper",
                "TEAM",
                "consulting",
                true),
            O_2_ACCEPTED),
        // O-8 catch-all
        new Case(
            "O-8 channel null in business hours: REJECT",
            "oobj",
            oobj(null, "INCIDENT", false, false),
            O_8_OTHER),
        new Case("O-8 every input absent: REJECT", "oobj", vars(), O_8_OTHER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decidesChannelPolicy(Case c) {
    Map<String, Object> result = TABLES.evaluate(c.tenant(), c.inputs());

    Expected e = c.expected();
    assertThat(result)
        .containsOnlyKeys("channelOutcome", "routeTo", "outOfHoursHandling", "reply", "channelRule")
        .containsEntry("channelOutcome", e.channelOutcome())
        .containsEntry("routeTo", e.routeTo())
        .containsEntry("outOfHoursHandling", e.outOfHoursHandling())
        .containsEntry("channelRule", e.channelRule());
    assertThat((String) result.get("reply"))
        .as("reply of %s", e.channelRule())
        .contains(e.replyFacts());
  }

  static Stream<String> tenants() {
    return DmnTables.TENANTS.stream();
  }

  /**
   * Read from the file, not evaluated: a row a process owner adds must say what happens out of
   * hours too, or the process would queue its tickets by default.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("tenants")
  @DisplayName(
      "L-4.2, L-4.3, O-2 every row that takes a contact says what happens to it out of hours (NOW, "
          + "NEXT_OPENING or BILLING); rows that take nothing leave it null")
  void everyAcceptingRowSaysWhatHappensOutOfHours(String tenant) {
    DmnModelInstance model =
        Dmn.readModelFromFile(DmnTables.file(tenant, "channel-policy").toFile());
    DecisionTable table = (DecisionTable) model.getModelElementById("DecisionTable_channel_policy");
    List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
    int outcome = outputs.indexOf("channelOutcome");
    int handling = outputs.indexOf("outOfHoursHandling");

    assertThat(table.getRules())
        .isNotEmpty()
        .allSatisfy(
            rule -> {
              List<String> cells =
                  rule.getOutputEntries().stream()
                      .map(o -> o.getText().getTextContent().trim())
                      .toList();
              if (cells.get(outcome).equals("\"ACCEPT\"")) {
                assertThat(cells.get(handling))
                    .as("outOfHoursHandling of %s", rule.getId())
                    .isIn("\"NOW\"", "\"NEXT_OPENING\"", "\"BILLING\"");
              } else {
                assertThat(cells.get(handling))
                    .as("outOfHoursHandling of %s", rule.getId())
                    .isIn("null", "");
              }
            });
  }
}
