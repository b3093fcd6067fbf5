package dev.supportflow.ticket;

import static dev.supportflow.Requests.oobjTicketJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.HttpApi;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.TableRows;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What one message of a ticket's conversation costs the database: a message is a row of its own,
 * and the process stores nothing of it. It fails when a change adds rows unnoticed; the message
 * lists the rows per table.
 */
class MessageRowCountTest extends SupportFlowIntegrationTest {

  /** A client message on an open ticket: its row, nothing in the process. */
  static final long MAX_ROWS_PER_CLIENT_MESSAGE = 1;

  /**
   * A public staff reply after the first response: its row and the outbox row of the e-mail that
   * carries it to the client (an internal note writes only its row).
   */
  static final long MAX_ROWS_PER_REPLY = 2;

  @Autowired DataSource dataSource;

  @Test
  @DisplayName(
      "Conversation: a client message writes one row (the message), a public staff reply its row and its e-mail's outbox row, no process variable")
  void oneMessageWritesOneRow() {
    TableRows rows = new TableRows(dataSource);
    clockAt("2026-11-24T10:00");
    String id = api.create("oobj-saas", "/api/tickets", oobjTicketJson("NF-e rejeitada"));
    post("oobj-analyst", id, "replies", reply("Recebido."));

    Map<String, Long> before = rows.count();
    post("oobj-saas", id, "messages", HttpApi.JSON.createObjectNode().put("text", "Obrigado."));
    Map<String, Long> clientMessage = TableRows.diff(before, rows.count());

    before = rows.count();
    post("oobj-analyst", id, "replies", reply("Ainda verificando."));
    Map<String, Long> staffReply = TableRows.diff(before, rows.count());

    assertThat(TableRows.total(clientMessage))
        .as("rows written by one client message:%s", TableRows.describe(clientMessage))
        .isLessThanOrEqualTo(MAX_ROWS_PER_CLIENT_MESSAGE);
    assertThat(clientMessage).containsOnlyKeys("TICKET_MESSAGE");
    assertThat(TableRows.total(staffReply))
        .as("rows written by one staff reply:%s", TableRows.describe(staffReply))
        .isLessThanOrEqualTo(MAX_ROWS_PER_REPLY);
    assertThat(staffReply).containsOnlyKeys("TICKET_MESSAGE", "MAIL_OUTBOX");
  }

  private void post(String user, String id, String path, ObjectNode body) {
    api.post(user, "/api/tickets/" + id + "/" + path, body).assertStatus(201);
  }

  private static ObjectNode reply(String text) {
    return HttpApi.JSON
        .createObjectNode()
        .put("text", text)
        .put("visibility", "PUBLIC")
        .put("waitForClient", false);
  }
}
