package dev.supportflow.policy;

import static dev.supportflow.policy.DmnTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code scope-triage} table of each tenant (L-1, O-1, O-3, O-5, O-10): one case per row, the
 * cases that prove the row order (hit policy FIRST), the {@code productPurchased} input computed
 * from {@code product} and {@code products}, and null or absent inputs.
 */
class ScopeTriageDecisionTest {

  private static final DmnTables.TenantTables TABLES = new DmnTables.TenantTables("scope-triage");

  /**
   * {@code replyFact}: a key fact the client's reply must contain; null when the row keeps the
   * channel's reply.
   */
  record Expected(String scopeOutcome, String workItem, String replyFact, String scopeRule) {}

  record Case(String name, String tenant, Map<String, Object> inputs, Expected expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A ticket of a client with a SaaS contract for OOBJ_DFE on PostgreSQL. */
  private static Map<String, Object> ticket(String type, String topic, String product) {
    return plan(type, topic, product, "OOBJ_DFE", "SAAS", "POSTGRESQL");
  }

  /**
   * A ticket and the client's plan: {@code products} is the contract's comma-separated product
   * list.
   */
  private static Map<String, Object> plan(
      String type,
      String topic,
      String product,
      String products,
      String deployment,
      String database) {
    return vars(
        "type",
        type,
        "topic",
        topic,
        "product",
        product,
        "products",
        products,
        "deployment",
        deployment,
        "database",
        database);
  }

  private static final Expected L_1_DEVELOPMENT =
      new Expected(
          "IN_SCOPE",
          "NONE",
          "não garantimos desenvolvimento personalizado nem prazo de entrega",
          "L-1-development");
  private static final Expected L_IN_SCOPE = new Expected("IN_SCOPE", "NONE", null, "L-in-scope");

  private static final Expected O_1_TAX_QUESTION =
      new Expected("OUT_OF_SCOPE", "NONE", "contador", "O-1-tax-question");
  private static final Expected O_5_INFRASTRUCTURE =
      new Expected("OUT_OF_SCOPE", "NONE", "infraestrutura do cliente", "O-5-infrastructure");
  private static final Expected O_10_SAAS =
      new Expected("OUT_OF_SCOPE", "NONE", "SaaS", "O-10-saas");
  private static final Expected O_10_IN_HOUSE_POSTGRESQL =
      new Expected("IN_SCOPE", "BACKUP_SETUP", "diretório de rede", "O-10-in-house-postgresql");
  private static final Expected O_10_IN_HOUSE_OTHER =
      new Expected("OUT_OF_SCOPE", "NONE", "Oracle", "O-10-in-house-oracle");
  private static final Expected O_3_PRODUCT_NOT_BOUGHT =
      new Expected("OUT_OF_SCOPE", "NONE", "não consta do seu contrato", "O-3-product-not-bought");
  private static final Expected O_1_IN_SCOPE =
      new Expected("IN_SCOPE", "NONE", null, "O-1-in-scope");

  static Stream<Case> cases() {
    return Stream.of(
        // ERP Suporte Leilões
        new Case(
            "L-1 DEVELOPMENT: IN_SCOPE, registered for evaluation without a delivery date",
            "leiloes",
            plan("DEVELOPMENT", "OTHER", null, "", "SAAS", null),
            L_1_DEVELOPMENT),
        new Case(
            "L-1 DEVELOPMENT, topic and plan null: still the development row",
            "leiloes",
            plan("DEVELOPMENT", null, null, null, null, null),
            L_1_DEVELOPMENT),
        new Case(
            "L-1 INCIDENT: IN_SCOPE, the channel's reply is kept",
            "leiloes",
            plan("INCIDENT", "SOFTWARE_FAILURE", null, "", "SAAS", null),
            L_IN_SCOPE),
        new Case(
            "L-1 TAX_QUESTION is not excluded for leiloes: IN_SCOPE",
            "leiloes",
            plan("QUESTION", "TAX_QUESTION", null, "", "SAAS", null),
            L_IN_SCOPE),
        new Case(
            "L-1 BACKUP is not a leiloes rule: IN_SCOPE, no backup task",
            "leiloes",
            plan("BACKUP", "OTHER", null, "", "IN_HOUSE", "POSTGRESQL"),
            L_IN_SCOPE),
        new Case(
            "L-1 a product not bought is not a leiloes rule: IN_SCOPE",
            "leiloes",
            plan("INCIDENT", "SOFTWARE_FAILURE", "OTHER_PRODUCT", "ERP_LEILOES", "SAAS", null),
            L_IN_SCOPE),
        new Case("L-1 every input absent: IN_SCOPE", "leiloes", vars(), L_IN_SCOPE),
        // Oobj: O-1 tax questions
        new Case(
            "O-1 TAX_QUESTION: OUT_OF_SCOPE, reply sends the client to the accountant",
            "oobj",
            ticket("QUESTION", "TAX_QUESTION", "OOBJ_DFE"),
            O_1_TAX_QUESTION),
        new Case(
            "O-1 TAX_QUESTION about a product not bought: the tax row first",
            "oobj",
            ticket("QUESTION", "TAX_QUESTION", "OOBJ_NFSE"),
            O_1_TAX_QUESTION),
        new Case(
            "O-1 TAX_QUESTION, type and plan null: OUT_OF_SCOPE",
            "oobj",
            plan(null, "TAX_QUESTION", null, null, null, null),
            O_1_TAX_QUESTION),
        // O-5 client infrastructure
        new Case(
            "O-5 INTERNET_LINK: OUT_OF_SCOPE, reply says infrastructure is the client's",
            "oobj",
            ticket("INCIDENT", "INTERNET_LINK", "OOBJ_DFE"),
            O_5_INFRASTRUCTURE),
        new Case(
            "O-5 PRINTER: OUT_OF_SCOPE",
            "oobj",
            ticket("INCIDENT", "PRINTER", "OOBJ_DFE"),
            O_5_INFRASTRUCTURE),
        new Case(
            "O-5 DIRECTORY_PERMISSIONS: OUT_OF_SCOPE",
            "oobj",
            ticket("PROBLEM", "DIRECTORY_PERMISSIONS", null),
            O_5_INFRASTRUCTURE),
        new Case(
            "O-5 OPERATING_SYSTEM: OUT_OF_SCOPE",
            "oobj",
            ticket("INCIDENT", "OPERATING_SYSTEM", null),
            O_5_INFRASTRUCTURE),
        new Case(
            "O-5 BACKUP on OPERATING_SYSTEM of an IN_HOUSE PostgreSQL client: the infrastructure row first",
            "oobj",
            plan("BACKUP", "OPERATING_SYSTEM", null, "OOBJ_DFE", "IN_HOUSE", "POSTGRESQL"),
            O_5_INFRASTRUCTURE),
        // O-10 backup
        new Case(
            "O-10 BACKUP of a SAAS client: the vendor runs backups (informative reply)",
            "oobj",
            plan("BACKUP", "OTHER", null, "OOBJ_DFE", "SAAS", "POSTGRESQL"),
            O_10_SAAS),
        new Case(
            "O-10 BACKUP of a SAAS client on ORACLE: the SaaS row first",
            "oobj",
            plan("BACKUP", "OTHER", null, "OOBJ_DFE", "SAAS", "ORACLE"),
            O_10_SAAS),
        new Case(
            "O-10 BACKUP of an IN_HOUSE client on POSTGRESQL: IN_SCOPE, BACKUP_SETUP task",
            "oobj",
            plan("BACKUP", "OTHER", null, "OOBJ_DFE", "IN_HOUSE", "POSTGRESQL"),
            O_10_IN_HOUSE_POSTGRESQL),
        new Case(
            "O-10 BACKUP of an IN_HOUSE PostgreSQL client for a product not bought: the backup row first",
            "oobj",
            plan("BACKUP", "OTHER", "OOBJ_NFSE", "OOBJ_DFE", "IN_HOUSE", "POSTGRESQL"),
            O_10_IN_HOUSE_POSTGRESQL),
        new Case(
            "O-10 BACKUP of an IN_HOUSE client on ORACLE: OUT_OF_SCOPE, backup is the client's",
            "oobj",
            plan("BACKUP", "OTHER", null, "OOBJ_DFE", "IN_HOUSE", "ORACLE"),
            O_10_IN_HOUSE_OTHER),
        new Case(
            "O-10 BACKUP of an IN_HOUSE client whose database is unknown: not declared the client's, IN_SCOPE",
            "oobj",
            plan("BACKUP", "OTHER", null, "OOBJ_DFE", "IN_HOUSE", null),
            O_1_IN_SCOPE),
        new Case(
            "O-10 BACKUP with deployment null: no backup row, IN_SCOPE",
            "oobj",
            plan("BACKUP", "OTHER", null, "OOBJ_DFE", null, "POSTGRESQL"),
            O_1_IN_SCOPE),
        // O-3 products bought
        new Case(
            "O-3 product not bought (OOBJ_NFSE, contract OOBJ_DFE): OUT_OF_SCOPE",
            "oobj",
            ticket("INCIDENT", "SOFTWARE_FAILURE", "OOBJ_NFSE"),
            O_3_PRODUCT_NOT_BOUGHT),
        new Case(
            "O-3 product named, empty products list: OUT_OF_SCOPE",
            "oobj",
            plan("INCIDENT", "SOFTWARE_FAILURE", "OOBJ_DFE", "", "SAAS", "POSTGRESQL"),
            O_3_PRODUCT_NOT_BOUGHT),
        new Case(
            "O-3 product named, products null: OUT_OF_SCOPE",
            "oobj",
            plan("SERVICE_REQUEST", "USAGE", "OOBJ_DFE", null, "SAAS", "POSTGRESQL"),
            O_3_PRODUCT_NOT_BOUGHT),
        new Case(
            "O-3 a prefix of a bought product is not bought (OOBJ vs OOBJ_DFE): OUT_OF_SCOPE",
            "oobj",
            ticket("INCIDENT", "SOFTWARE_FAILURE", "OOBJ"),
            O_3_PRODUCT_NOT_BOUGHT),
        new Case(
            "O-3 product bought (OOBJ_DFE in OOBJ_DFE): IN_SCOPE",
            "oobj",
            ticket("INCIDENT", "SOFTWARE_FAILURE", "OOBJ_DFE"),
            O_1_IN_SCOPE),
        new Case(
            "O-3 product bought, last of several (OOBJ_NFSE in OOBJ_DFE,OOBJ_NFSE): IN_SCOPE",
            "oobj",
            plan(
                "PROBLEM",
                "SOFTWARE_FAILURE",
                "OOBJ_NFSE",
                "OOBJ_DFE,OOBJ_NFSE",
                "SAAS",
                "POSTGRESQL"),
            O_1_IN_SCOPE),
        new Case(
            "O-3 no product (null): productPurchased null, IN_SCOPE",
            "oobj",
            ticket("INCIDENT", "SOFTWARE_FAILURE", null),
            O_1_IN_SCOPE),
        new Case(
            "O-3 no product and an empty products list: IN_SCOPE",
            "oobj",
            plan("QUESTION", "USAGE", null, "", "SAAS", "POSTGRESQL"),
            O_1_IN_SCOPE),
        new Case(
            "O-3 product and products absent: IN_SCOPE",
            "oobj",
            vars(
                "type",
                "INCIDENT",
                "topic",
                "SOFTWARE_FAILURE",
                "deployment",
                "SAAS",
                "database",
                "POSTGRESQL"),
            O_1_IN_SCOPE),
        // O-1 in scope
        new Case(
            "O-1 FISCAL_DOCUMENT_SCHEMA of a bought product: IN_SCOPE, the channel's reply is kept",
            "oobj",
            ticket("QUESTION", "FISCAL_DOCUMENT_SCHEMA", "OOBJ_DFE"),
            O_1_IN_SCOPE),
        new Case("O-1 USAGE: IN_SCOPE", "oobj", ticket("QUESTION", "USAGE", null), O_1_IN_SCOPE),
        new Case(
            "O-1 topic OTHER: IN_SCOPE (the analyst decides)",
            "oobj",
            ticket("SERVICE_REQUEST", "OTHER", null),
            O_1_IN_SCOPE),
        new Case("O-1 every input absent: IN_SCOPE", "oobj", vars(), O_1_IN_SCOPE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decidesScope(Case c) {
    Map<String, Object> result = TABLES.evaluate(c.tenant(), c.inputs());

    Expected e = c.expected();
    assertThat(result)
        .containsOnlyKeys("scopeOutcome", "workItem", "scopeReply", "scopeRule")
        .containsEntry("scopeOutcome", e.scopeOutcome())
        .containsEntry("workItem", e.workItem())
        .containsEntry("scopeRule", e.scopeRule());
    if (e.replyFact() == null) {
      assertThat(result).as("scopeReply of %s", e.scopeRule()).containsEntry("scopeReply", null);
    } else {
      assertThat((String) result.get("scopeReply"))
          .as("scopeReply of %s", e.scopeRule())
          .contains(e.replyFact());
    }
  }
}
