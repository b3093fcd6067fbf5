package dev.supportflow.policy;

import static dev.supportflow.policy.DmnTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code billing} table of each tenant (L-4.3, L-6.2, L-6.3, L-6.4, O-2, O-9, O-11, O-12): one
 * case per row, asserting whether the work is billed and at which rate, minimum and validity.
 */
class BillingDecisionTest {

  private static final DmnTables.TenantTables TABLES = new DmnTables.TenantTables("billing");

  record Case(
      String name,
      String tenant,
      String workKind,
      Double agreedRate,
      boolean billable,
      String rate,
      Integer minimumHours,
      String validity,
      String rule) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "L-4.3 out-of-hours non-emergency work is billed by the hour",
            "leiloes",
            "OUT_OF_HOURS_SUPPORT",
            null,
            true,
            "150.00",
            1,
            "PT12H",
            "L-4.3-out-of-hours"),
        new Case(
            "L-6.2 an insisted meeting is quoted as consulting hours",
            "leiloes",
            "CONSULTING_MEETING",
            null,
            true,
            "250.00",
            1,
            "P2D",
            "L-6.2-consulting-meeting"),
        new Case(
            "L-6.3 an ad-hoc meeting is quoted at the contract's pre-agreed rate",
            "leiloes",
            "AD_HOC_MEETING",
            300.00,
            true,
            "300",
            1,
            "PT12H",
            "L-6.3-ad-hoc-meeting"),
        new Case(
            "L-6.3 an ad-hoc meeting without a pre-agreed rate is not offered as billed work",
            "leiloes",
            "AD_HOC_MEETING",
            null,
            false,
            null,
            null,
            null,
            "L-not-billed"),
        new Case(
            "L-6.4 training hours beyond the balance are billed",
            "leiloes",
            "TRAINING",
            null,
            true,
            "180.00",
            1,
            "P2D",
            "L-6.4-training"),
        new Case(
            "L-not-billed a migration is not billed by leiloes",
            "leiloes",
            "MIGRATION",
            null,
            false,
            null,
            null,
            null,
            "L-not-billed"),
        new Case(
            "O-2 out of hours Oobj does not offer billed work: the ticket waits for the opening",
            "oobj",
            "OUT_OF_HOURS_SUPPORT",
            null,
            false,
            null,
            null,
            null,
            "O-2-out-of-hours"),
        new Case(
            "O-9 updates are not billed",
            "oobj",
            "UPDATE",
            null,
            false,
            null,
            null,
            null,
            "O-9-update"),
        new Case(
            "O-9 migration is billed per contract",
            "oobj",
            "MIGRATION",
            null,
            true,
            "220.00",
            4,
            "P5D",
            "O-9-migration"),
        new Case(
            "O-9 reinstallation is billed per contract",
            "oobj",
            "REINSTALLATION",
            null,
            true,
            "220.00",
            2,
            "P5D",
            "O-9-reinstallation"),
        new Case(
            "O-12 a DANFe customization may be billed",
            "oobj",
            "CUSTOMIZATION",
            null,
            true,
            "200.00",
            2,
            "P5D",
            "O-12-customization"),
        new Case(
            "O-11 a new training is billed (no included hours)",
            "oobj",
            "TRAINING",
            null,
            true,
            "180.00",
            2,
            "P5D",
            "O-11-training"),
        new Case(
            "O-consulting-meeting an insisted meeting is quoted as consulting hours (assumption)",
            "oobj",
            "CONSULTING_MEETING",
            null,
            true,
            "250.00",
            1,
            "P2D",
            "O-consulting-meeting"),
        new Case(
            "O-ad-hoc-meeting at the contract's pre-agreed rate (assumption)",
            "oobj",
            "AD_HOC_MEETING",
            300.00,
            true,
            "300",
            1,
            "PT12H",
            "O-ad-hoc-meeting"),
        new Case(
            "O-not-billed an ad-hoc meeting without a pre-agreed rate is not billed work",
            "oobj",
            "AD_HOC_MEETING",
            null,
            false,
            null,
            null,
            null,
            "O-not-billed"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decidesBilling(Case c) {
    Map<String, Object> result =
        TABLES.evaluate(c.tenant(), vars("workKind", c.workKind(), "agreedRate", c.agreedRate()));

    assertThat(result)
        .containsEntry("billable", c.billable())
        .containsEntry("billingRule", c.rule());
    if (c.billable()) {
      assertThat(new BigDecimal(result.get("hourlyRate").toString()))
          .isEqualByComparingTo(c.rate());
      assertThat(((Number) result.get("minimumHours")).intValue()).isEqualTo(c.minimumHours());
      assertThat(result)
          .containsEntry("quoteValidity", c.validity())
          .containsEntry("currency", "BRL");
      assertThat((String) result.get("quoteNotice")).contains("orçamento");
    } else {
      assertThat(result.get("hourlyRate")).isNull();
    }
  }
}
