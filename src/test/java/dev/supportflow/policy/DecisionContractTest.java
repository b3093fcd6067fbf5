package dev.supportflow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The decision contract (DESIGN: identical decision keys and columns across tenants; C-4: a file
 * that does not parse or breaks the contract is refused). Checks every {@code .dmn} file under
 * {@code dmn/}.
 */
class DecisionContractTest {

  private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

  /** The columns the BPMN process relies on, in order. */
  private static final Map<String, Contract> CONTRACTS =
      Map.of(
          "emergency",
              new Contract(
                  List.of(
                      in("symptom", "string"),
                      in("type", "string"),
                      in("auctionInProgress", "boolean")),
                  List.of(col("emergency", "boolean"), col("emergencyReason", "string"))),
          "channel-policy",
              new Contract(
                  List.of(
                      in("channel", "string"),
                      in("type", "string"),
                      in("emergency", "boolean"),
                      in("outOfHours", "boolean"),
                      in("tier", "string"),
                      in("dedicatedDeveloper", "string"),
                      in("consulting", "boolean")),
                  List.of(
                      col("channelOutcome", "string"),
                      col("routeTo", "string"),
                      col("outOfHoursHandling", "string"),
                      col("reply", "string"),
                      col("channelRule", "string"))),
          "scope-triage",
              new Contract(
                  List.of(
                      in("type", "string"),
                      in("topic", "string"),
                      new Column(
                          "productPurchased",
                          "boolean",
                          "if product = null then null else list contains(split("
                              + "if products = null then \"\" else products, \",\"), product)"),
                      in("deployment", "string"),
                      in("database", "string")),
                  List.of(
                      col("scopeOutcome", "string"),
                      col("workItem", "string"),
                      col("scopeReply", "string"),
                      col("scopeRule", "string"))),
          "notification-policy",
              new Contract(
                  List.of(
                      in("notice", "string"),
                      in("emergency", "boolean"),
                      in("inBusinessHours", "boolean")),
                  List.of(col("delivery", "string"), col("notificationRule", "string"))),
          "ticket-lifecycle",
              new Contract(
                  List.of(in("type", "string"), in("emergency", "boolean")),
                  List.of(
                      col("reminderAfter", "string"),
                      col("reminderAfterClock", "string"),
                      col("closeAfter", "string"),
                      col("closeAfterClock", "string"),
                      col("reopenWindow", "string"),
                      col("reopenWindowClock", "string"),
                      col("lifecycleRule", "string"))),
          "billing",
              new Contract(
                  List.of(in("workKind", "string"), in("agreedRate", "number")),
                  List.of(
                      col("billable", "boolean"),
                      col("hourlyRate", "number"),
                      col("minimumHours", "number"),
                      col("quoteValidity", "string"),
                      col("currency", "string"),
                      col("quoteNotice", "string"),
                      col("billingRule", "string"))),
          "sla-targets",
              new Contract(
                  List.of(
                      in("type", "string"),
                      in("service", "string"),
                      in("emergency", "boolean"),
                      in("outOfHours", "boolean"),
                      in("auctionInProgress", "boolean"),
                      in("channel", "string"),
                      in("billable", "boolean")),
                  List.of(
                      col("slaApplies", "boolean"),
                      col("firstResponse", "string"),
                      col("firstResponseClock", "string"),
                      col("resolution", "string"),
                      col("resolutionClock", "string"),
                      col("slaRule", "string"))));

  record Column(String name, String typeRef, String expression) {}

  record Contract(List<Column> inputs, List<Column> outputs) {}

  /** One decision table as read from one tenant's file. */
  record Table(
      Path file,
      String tenant,
      String key,
      HitPolicy hitPolicy,
      String description,
      String historyTimeToLive,
      List<Column> inputs,
      List<String> inputLanguages,
      List<Column> outputs) {
    Contract contract() {
      return new Contract(inputs, outputs);
    }
  }

  private static DmnEngine engine;

  /** decision key → tenant → table. */
  private static final Map<String, Map<String, Table>> TABLES = new TreeMap<>();

  @BeforeAll
  static void readAllTables() {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    for (Path file : DmnTables.allFiles()) {
      String tenant = DmnTables.DMN_DIR.relativize(file).getName(0).toString();
      DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        Table table = table(file, tenant, decision);
        TABLES.computeIfAbsent(table.key(), k -> new TreeMap<>()).put(tenant, table);
      }
    }
  }

  static Stream<String> decisionKeys() {
    if (TABLES.isEmpty()) {
      readAllTables();
    }
    return TABLES.keySet().stream();
  }

  static Stream<Path> dmnFiles() {
    return DmnTables.allFiles().stream();
  }

  @Test
  @DisplayName("the tables the BPMN process relies on exist and have exactly the agreed columns")
  void contractedTablesHaveTheAgreedColumns() {
    assertThat(TABLES).containsKeys(CONTRACTS.keySet().toArray(String[]::new));
    CONTRACTS.forEach(
        (key, contract) -> {
          for (String tenant : DmnTables.TENANTS) {
            assertThat(TABLES.get(key))
                .as("tenant %s has decision %s", tenant, key)
                .containsKey(tenant);
            assertThat(TABLES.get(key).get(tenant).contract())
                .as("%s/%s", tenant, key)
                .isEqualTo(contract);
          }
        });
  }

  @ParameterizedTest(name = "{0}: every tenant has it, with the same columns and hit policy family")
  @MethodSource("decisionKeys")
  void sameColumnsInEveryTenant(String key) {
    Map<String, Table> byTenant = TABLES.get(key);
    assertThat(byTenant.keySet())
        .as("tenants with decision %s", key)
        .containsExactlyInAnyOrderElementsOf(DmnTables.TENANTS);

    Table reference = byTenant.get(DmnTables.TENANTS.get(0));
    for (Table other : byTenant.values()) {
      assertThat(other.inputs()).as("inputs of %s", other.file()).isEqualTo(reference.inputs());
      assertThat(other.outputs()).as("outputs of %s", other.file()).isEqualTo(reference.outputs());
      assertThat(singleResult(other.hitPolicy()))
          .as("hit policy family of %s", other.file())
          .isEqualTo(singleResult(reference.hitPolicy()));
    }
  }

  @ParameterizedTest(name = "{0}: hit policy FIRST or UNIQUE, said in the description")
  @MethodSource("decisionKeys")
  void hitPolicyIsFirstOrUniqueAndDocumented(String key) {
    for (Table table : TABLES.get(key).values()) {
      assertThat(table.hitPolicy())
          .as("hit policy of %s", table.file())
          .isIn(HitPolicy.FIRST, HitPolicy.UNIQUE);
      assertThat(table.description())
          .as("description of %s", table.file())
          .contains("Hit policy " + table.hitPolicy().name());
    }
  }

  @ParameterizedTest(
      name = "{0}: typeRefs everywhere, FEEL input expressions on plain variable names")
  @MethodSource("decisionKeys")
  void columnsAreTypedAndFeel(String key) {
    for (Table table : TABLES.get(key).values()) {
      assertThat(table.inputs())
          .as("inputs of %s", table.file())
          .isNotEmpty()
          .allSatisfy(
              c -> {
                assertThat(c.name()).matches("[A-Za-z][A-Za-z0-9]*");
                assertThat(c.typeRef()).isNotBlank();
              });
      assertThat(table.inputLanguages())
          .as("input expression languages of %s", table.file())
          .allSatisfy(language -> assertThat(language).isEqualToIgnoringCase("feel"));
      assertThat(table.outputs())
          .as("outputs of %s", table.file())
          .isNotEmpty()
          .allSatisfy(
              c -> {
                assertThat(c.name()).matches("[A-Za-z][A-Za-z0-9]*");
                assertThat(c.typeRef()).isNotBlank();
              });
    }
  }

  @ParameterizedTest(name = "{0}: historyTimeToLive set in every tenant")
  @MethodSource("decisionKeys")
  void historyTimeToLiveIsSet(String key) {
    for (Table table : TABLES.get(key).values()) {
      assertThat(table.historyTimeToLive())
          .as("camunda:historyTimeToLive of %s", table.file())
          .isNotBlank()
          .containsOnlyDigits();
    }
  }

  @ParameterizedTest(name = "{0} parses in the DMN engine and evaluates with every input null")
  @MethodSource("dmnFiles")
  void parsesAndEvaluatesInTheEngine(Path file) throws IOException {
    List<DmnDecision> decisions;
    try (InputStream in = Files.newInputStream(file)) {
      decisions = engine.parseDecisions(in);
    }
    assertThat(decisions).isNotEmpty();
    String tenant = DmnTables.DMN_DIR.relativize(file).getName(0).toString();
    for (DmnDecision decision : decisions) {
      assertThat(file.getFileName().toString())
          .as("file name of decision %s", decision.getKey())
          .isEqualTo(decision.getKey() + ".dmn");
      Map<String, Object> allNull = new HashMap<>();
      TABLES.get(decision.getKey()).get(tenant).inputs().forEach(c -> allNull.put(c.name(), null));
      assertThatCode(() -> engine.evaluateDecision(decision, allNull)).doesNotThrowAnyException();
    }
  }

  @ParameterizedTest(name = "{0} draws in Camunda Modeler: a DMNDI shape for every decision")
  @MethodSource("dmnFiles")
  void hasDiagramShapeForEveryDecision(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList shapes =
        factory
            .newDocumentBuilder()
            .parse(file.toFile())
            .getElementsByTagNameNS(DMNDI_NS, "DMNShape");
    Set<String> drawn = new TreeSet<>();
    for (int i = 0; i < shapes.getLength(); i++) {
      drawn.add(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
    }
    Set<String> decisions = new TreeSet<>();
    Dmn.readModelFromFile(file.toFile())
        .getModelElementsByType(Decision.class)
        .forEach(d -> decisions.add(d.getId()));
    assertThat(drawn).as("DMNShape dmnElementRef in %s", file).containsAll(decisions);
  }

  private static Table table(Path file, String tenant, Decision decision) {
    assertThat(decision.getExpression())
        .as("decision %s in %s", decision.getId(), file)
        .isInstanceOf(DecisionTable.class);
    DecisionTable table = (DecisionTable) decision.getExpression();
    List<Column> inputs = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    for (Input input : table.getInputs()) {
      // An input column is named by its label; its FEEL expression is part of the contract too.
      inputs.add(
          new Column(
              input.getLabel(),
              input.getInputExpression().getTypeRef(),
              input.getInputExpression().getText().getTextContent().trim()));
      languages.add(input.getInputExpression().getExpressionLanguage());
    }
    List<Column> outputs = new ArrayList<>();
    for (Output output : table.getOutputs()) {
      outputs.add(col(output.getName(), output.getTypeRef()));
    }
    String description =
        decision.getDescription() == null ? "" : decision.getDescription().getTextContent();
    return new Table(
        file,
        tenant,
        decision.getId(),
        table.getHitPolicy(),
        description,
        decision.getCamundaHistoryTimeToLiveString(),
        inputs,
        languages,
        outputs);
  }

  private static boolean singleResult(HitPolicy hitPolicy) {
    return switch (hitPolicy) {
      case UNIQUE, FIRST, ANY, PRIORITY -> true;
      case COLLECT, RULE_ORDER, OUTPUT_ORDER -> false;
    };
  }

  /** An input column that reads the process variable of its name. */
  private static Column in(String name, String typeRef) {
    return new Column(name, typeRef, name);
  }

  private static Column col(String name, String typeRef) {
    return new Column(name, typeRef, null);
  }
}
