package dev.supportflow.mail;

import static dev.supportflow.Requests.oobjTicketJson;
import static dev.supportflow.Requests.ticketJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.mail.TestMailboxes.Received;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An SLA breach's escalation reaches the tenant's supervisors by e-mail: at once for an emergency
 * and during business hours, else at the next opening (the tenant's notification-policy table).
 * Oobj's NFE_EMISSION: first response in 1 business hour, Mon–Fri 07:00–19:00.
 */
class EscalationMailTest extends MailIntegrationTest {

  private static final String CLIENT = "oobj-saas";
  private static final String SUPERVISOR = "oobj-supervisor@demo.supportflow.dev";

  @Test
  @DisplayName(
      "Escalation: a breach in business hours mails the tenant's supervisors at once, naming the late target")
  void inBusinessHoursAtOnce() {
    clockAt("2026-11-24T10:00");
    String id = api.create(CLIENT, "/api/tickets", oobjTicketJson("Sem resposta ainda"));

    clockAt("2026-11-24T11:01");
    runDueJobs(id);
    outboxJob.sendDue();

    List<Received> received = escalations(id);
    assertThat(received).singleElement();
    assertThat(received.get(0).subject())
        .isEqualTo("[" + id + "] Escalonado: primeira resposta atrasada: Sem resposta ainda");
    assertThat(received.get(0).text()).contains("cliente " + CLIENT).contains("Tasklist");
    assertThat(mail.inbox("oobj-saas@demo.supportflow.dev", "demo", "[" + id + "] Escalonado"))
        .as("the client never gets the staff's escalation")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "Escalation: at night a non-emergency's mail waits for the next opening, then goes out")
  void atNightWaitsForTheOpening() {
    clockAt("2026-11-24T10:00");
    String id = api.create(CLIENT, "/api/tickets", oobjTicketJson("Escalonado à noite"));

    clockAt("2026-11-24T21:00"); // the timer fires late, after closing time
    runDueJobs(id);
    outboxJob.sendDue();
    assertThat(escalations(id)).as("held overnight").isEmpty();

    clockAt("2026-11-25T06:59");
    outboxJob.sendDue();
    assertThat(escalations(id)).as("still before the opening").isEmpty();

    clockAt("2026-11-25T07:00");
    outboxJob.sendDue();
    assertThat(escalations(id)).singleElement();
  }

  @Test
  @DisplayName("Escalation: at night an emergency's mail goes out at once")
  void emergencyAtNightAtOnce() {
    clockAt("2026-11-28T22:00"); // a Saturday night: L-4.2, first response in 5 minutes, 24x7
    String client = "leiloes-basic";
    String id =
        api.create(
            client,
            "/api/tickets",
            ticketJson("Servidor fora do ar").put("symptom", "SERVER_DOWN"));
    assertThat(api.get(client, "/api/tickets/" + id).json().path("emergency").asBoolean()).isTrue();

    clockAt("2026-11-28T22:06");
    runDueJobs(id);
    outboxJob.sendDue();

    List<Received> received =
        mail.inbox("leiloes-supervisor@demo.supportflow.dev", "demo", "[" + id + "] Escalonado");
    assertThat(received).singleElement();
    assertThat(received.get(0).subject()).contains("(EMERGÊNCIA)");
    assertThat(received.get(0).text()).contains("É uma emergência.");
  }

  private List<Received> escalations(String id) {
    return mail.inbox(SUPERVISOR, "demo", "[" + id + "] Escalonado");
  }

  /** Runs the ticket's jobs that are due at the clock's time, as the job executor would. */
  private void runDueJobs(String id) {
    var instance = processInstance(id, "ticket-intake");
    managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .executable()
        .list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }
}
