package dev.supportflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The process owner's label file names every code a ticket's form can show. */
class FormLabelsFileTest {

  @Test
  @DisplayName(
      "bpmn/forms/labels.properties has a Portuguese label for every channel, type, topic, symptom, status and remote-access tool")
  void everyTicketCodeHasALabel() throws IOException {
    Properties labels = new Properties();
    try (Reader reader =
        Files.newBufferedReader(Path.of("bpmn/forms/labels.properties"), StandardCharsets.UTF_8)) {
      labels.load(reader);
    }

    assertLabelled(labels, "channel", Channel.values());
    assertLabelled(labels, "type", TicketType.values());
    assertLabelled(labels, "topic", Topic.values());
    assertLabelled(labels, "symptom", Symptom.values());
    assertLabelled(labels, "status", TicketStatus.values());
    assertLabelled(labels, "remoteAccessTool", RemoteAccessTool.values());
    assertThat(labels.getProperty("symptom.OPERATION_BLOCKED")).isEqualTo("Operação bloqueada");
  }

  private static void assertLabelled(Properties labels, String kind, Enum<?>[] codes) {
    assertThat(Arrays.stream(codes).map(code -> kind + "." + code.name()))
        .allSatisfy(key -> assertThat(labels.getProperty(key)).as(key).isNotBlank());
  }
}
