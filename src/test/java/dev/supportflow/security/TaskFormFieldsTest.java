package dev.supportflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which variables a Camunda Form lets a task's user change, and which it only shows. */
class TaskFormFieldsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  @DisplayName(
      "Task fields: first response's form changes only response (the ticket's facts are a summary text)")
  void firstResponseForm() throws IOException {
    TaskFormFields fields =
        TaskFormFields.of(
            JSON.readTree(Files.readString(Path.of("bpmn/forms/first-response.form"))));

    assertThat(fields.formId()).isEqualTo("first-response");
    assertThat(fields.writable()).containsExactly("response");
    assertThat(fields.readOnly()).isEmpty();
  }

  @Test
  @DisplayName(
      "Task fields: the agenda approval changes only the decision and the note; the meeting's facts are read-only")
  void approveAgendaForm() throws IOException {
    TaskFormFields fields =
        TaskFormFields.of(
            JSON.readTree(Files.readString(Path.of("bpmn/forms/approve-agenda.form"))));

    assertThat(fields.writable()).containsExactlyInAnyOrder("agendaApproved", "supervisorNote");
    assertThat(fields.readOnly())
        .contains("meetingId", "clientId", "agenda")
        .doesNotContain("agendaApproved");
  }

  @Test
  @DisplayName(
      "Task fields: nested keys bind their first segment, groups with a path bind the path, disabled and read-only fields only show")
  void nestedAndConditionalFields() throws IOException {
    TaskFormFields fields =
        TaskFormFields.of(
            JSON.readTree(
                """
        {"id": "f", "components": [
          {"type": "text", "text": "no key"},
          {"type": "textfield", "key": "quote.hours"},
          {"type": "textfield", "key": "shown", "readonly": true},
          {"type": "textfield", "key": "off", "disabled": true},
          {"type": "textfield", "key": "sometimes", "readonly": "=locked"},
          {"type": "group", "path": "contact", "components": [{"type": "textfield", "key": "phone"}]},
          {"type": "group", "components": [{"type": "checkbox", "key": "approved"}]}
        ]}"""));

    assertThat(fields.writable())
        .containsExactlyInAnyOrder("quote", "sometimes", "contact", "approved");
    assertThat(fields.readOnly()).containsExactlyInAnyOrder("shown", "off");
  }
}
