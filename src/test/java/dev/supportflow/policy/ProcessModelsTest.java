package dev.supportflow.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every BPMN file opens in Modeler and Cockpit (schema-valid, fully laid out) and deploys on
 * Camunda 7.24.
 */
class ProcessModelsTest {

  private static final Path FORMS = Path.of("bpmn/forms");

  static Stream<Path> processModels() throws IOException {
    return Files.walk(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processModels")
  @DisplayName(
      "Models: every element of the process is drawn (BPMNDI), so Modeler and Cockpit can show it")
  void everyElementHasDiagramLayout(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Bpmn.validateModel(model);
    var shapes =
        model.getModelElementsByType(BpmnShape.class).stream()
            .map(s -> ((BaseElement) s.getBpmnElement()).getId())
            .toList();
    var edges =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .map(e -> ((BaseElement) e.getBpmnElement()).getId())
            .toList();

    assertThat(model.getModelElementsByType(FlowNode.class))
        .extracting(BaseElement::getId)
        .isNotEmpty()
        .allMatch(shapes::contains);
    assertThat(model.getModelElementsByType(SequenceFlow.class))
        .extracting(BaseElement::getId)
        .isNotEmpty()
        .allMatch(edges::contains);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processModels")
  @DisplayName(
      "Models: every executable process sets historyTimeToLive (Camunda 7.20+ refuses it otherwise)")
  void everyProcessHasHistoryTimeToLive(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    assertThat(model.getModelElementsByType(Process.class))
        .filteredOn(Process::isExecutable)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.getCamundaHistoryTimeToLiveString()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processModels")
  @DisplayName(
      "Models: every user task has a candidate group and a Camunda Form that exists in bpmn/forms; ticket tasks show the ticket's facts (ticketSummary)")
  void everyUserTaskHasAGroupAndAForm(Path file) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    ObjectMapper json = new ObjectMapper();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
      Path form = FORMS.resolve(task.getCamundaFormRef() + ".form");
      assertThat(form).as(task.getId()).exists();
      JsonNode schema = json.readTree(form.toFile());
      assertThat(schema.path("id").asText()).isEqualTo(task.getCamundaFormRef());
      assertThat(schema.path("components").isArray()).isTrue();
      if (!file.endsWith("ticket-intake.bpmn")) {
        // Only ticket work shows the ticket's facts; meetings, trainings and quotes show their own
        // subject.
        continue;
      }
      // A ticket's facts are one display variable, written from the ticket row; the form shows it
      // as text, so
      // completing the task submits only what staff fill in.
      List<JsonNode> components = new ArrayList<>();
      schema.path("components").forEach(components::add);
      assertThat(components)
          .as(task.getId() + ": the ticket's facts")
          .anyMatch(c -> isText(c) && c.path("text").asText().contains("{{ticketSummary}}"));
      assertThat(components)
          .as(task.getId() + ": no copy of a fact as a field")
          .noneMatch(c -> !isText(c) && c.path("readonly").asBoolean());
    }
  }

  private static boolean isText(JsonNode component) {
    return component.path("type").asText().equals("text");
  }
}
