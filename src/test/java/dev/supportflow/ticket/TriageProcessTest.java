package dev.supportflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dev.supportflow.Requests;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.clientrecord.TimelineEntry;
import dev.supportflow.policy.DecisionTrail;
import dev.supportflow.security.Caller;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Triage (channel-policy, scope-triage) through the real ticket-intake process, started as the API
 * starts it: every contact gets the answer the vendor's policy promises, and every answer can be
 * explained.
 */
class TriageProcessTest extends SupportFlowIntegrationTest {

  private static final String MONDAY_10_00 = "2026-11-23T10:00";
  private static final String SATURDAY_03_00 = "2026-11-28T03:00";

  @Autowired TicketIntake intake;
  @Autowired TicketReads tickets;
  @Autowired DeveloperContactRequests developerContact;

  @Test
  @DisplayName(
      "L-2.1 a message to another vendor number is registered without SLA; the reply names the official number")
  void otherNumberIsRegisteredWithoutSla() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open(
            "leiloes-basic", "leiloes", request(Channel.WHATSAPP_OTHER, TicketType.INCIDENT, null));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.slaApplies()).isFalse();
    assertThat(ticket.firstResponseDueAt()).isNull();
    assertThat(ticket.reply()).contains("(38) 99950-7998");
    assertThat(instance(ticket)).isWaitingAt("Task_FirstResponseWithoutTarget");
  }

  @Test
  @DisplayName(
      "L-2.1 a channel leiloes does not serve (e-mail) is REJECTED with the official channels in the reply")
  void unservedChannelIsRejected() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open("leiloes-basic", "leiloes", request(Channel.EMAIL, TicketType.INCIDENT, null));

    assertThat(ticket.status()).isEqualTo(TicketStatus.REJECTED);
    assertThat(ticket.reply()).contains("(38) 99950-7998");
    assertEndedAt(ticket, "Event_ContactRejected");
  }

  @Test
  @DisplayName("L-3.1 the WhatsApp group takes a PREMIUM client's emergency")
  void groupTakesPremiumEmergency() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open(
            "leiloes-premium",
            "leiloes",
            request(Channel.WHATSAPP_GROUP, TicketType.INCIDENT, Symptom.SERVER_DOWN));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.emergency()).isTrue();
  }

  @Test
  @DisplayName(
      "L-3.1 a STANDARD client's emergency, or a PREMIUM client's question, in the group is REJECTED")
  void groupRefusesOthers() {
    clockAt(MONDAY_10_00);
    TicketView standard =
        open(
            "leiloes-basic",
            "leiloes",
            request(Channel.WHATSAPP_GROUP, TicketType.INCIDENT, Symptom.SERVER_DOWN));
    TicketView question =
        open(
            "leiloes-premium",
            "leiloes",
            request(Channel.WHATSAPP_GROUP, TicketType.QUESTION, Symptom.NONE));

    assertThat(standard.status()).isEqualTo(TicketStatus.REJECTED);
    assertThat(question.status()).isEqualTo(TicketStatus.REJECTED);
    assertThat(question.reply()).contains("(38) 99950-7998");
  }

  @Test
  @DisplayName("L-3.2 a development request by WhatsApp is IGNORED (recorded, no action)")
  void developmentByWhatsappIsIgnored() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open(
            "leiloes-basic",
            "leiloes",
            request(Channel.WHATSAPP_OFFICIAL, TicketType.DEVELOPMENT, null));

    assertThat(ticket.status()).isEqualTo(TicketStatus.IGNORED);
    assertThat(ticket.reply()).contains("sistema de suporte");
    assertEndedAt(ticket, "Event_ContactIgnored");
  }

  @Test
  @DisplayName(
      "L-3.2 with a dedicated team, a WhatsApp development request becomes a task for that team, which opens the formal ticket")
  void developmentByWhatsappGoesToDedicatedTeam() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open(
            "leiloes-enterprise",
            "leiloes",
            request(Channel.WHATSAPP_GROUP, TicketType.DEVELOPMENT, null));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    ProcessInstance instance = instance(ticket);
    assertThat(instance).isWaitingAt("Task_OpenFormalTicket");
    assertThat(task(instance)).hasCandidateGroup("leiloes-enterprise-team");

    complete(task(instance), withVariables("formalTicketRef", "ERP-4711"));
    TicketView closed = get(ticket);
    assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(closed.timeline())
        .filteredOn(e -> e.kind().equals("CLOSED"))
        .extracting(TimelineEntry::detail)
        .containsExactly("ERP-4711");
  }

  @Test
  @DisplayName(
      "L-1 a development request through the portal is registered for evaluation: no delivery date")
  void developmentThroughPortalIsRegisteredForEvaluation() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open("leiloes-basic", "leiloes", request(Channel.PORTAL, TicketType.DEVELOPMENT, null));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.resolutionDueAt()).isNull();
    assertThat(ticket.firstResponseDueAt()).isNotNull();
    assertThat(ticket.reply()).contains("registrada para avaliação");
  }

  @Test
  @DisplayName("L-7 a call is routed to the client's account manager")
  void callGoesToAccountManager() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open("leiloes-basic", "leiloes", request(Channel.PHONE, TicketType.INCIDENT, null));

    Task task = task(instance(ticket));
    assertThat(task).hasCandidateUser("leiloes-manager");
    assertThat(task).hasCandidateGroup("account-managers");
  }

  @Test
  @DisplayName("L-7 a call of a client with consulting or a dedicated team goes to that team")
  void callGoesToDedicatedTeam() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open("leiloes-enterprise", "leiloes", request(Channel.PHONE, TicketType.INCIDENT, null));

    assertThat(task(instance(ticket))).hasCandidateGroup("leiloes-enterprise-team");
  }

  @Test
  @DisplayName(
      "L-5 direct developer contact on an open ticket needs the account manager's approval")
  void developerContactNeedsApproval() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open("leiloes-basic", "leiloes", request(Channel.PORTAL, TicketType.INCIDENT, null));

    developerContact.request(analyst(), ticket.id(), "Levantar requisitos do relatório de lotes");

    Task approval = openTask(ticket.id(), "Task_ApproveDeveloperContact");
    assertThat(approval).hasCandidateUser("leiloes-manager");
    complete(approval, withVariables("developerContactApproved", true));
    assertThat(get(ticket).timeline())
        .extracting(TimelineEntry::kind)
        .contains("DEVELOPER_CONTACT_APPROVED");
  }

  @Test
  @DisplayName("L-5 a client whose plan has a developer gets the contact without approval")
  void developerContactGrantedByPlan() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open("leiloes-enterprise", "leiloes", request(Channel.PORTAL, TicketType.INCIDENT, null));

    developerContact.request(analyst(), ticket.id(), "Ajuste no leilão eletrônico");

    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey(ticket.id())
                .taskDefinitionKey("Task_ApproveDeveloperContact")
                .count())
        .isZero();
    assertThat(get(ticket).timeline())
        .extracting(TimelineEntry::kind)
        .contains("DEVELOPER_CONTACT_GRANTED");
  }

  @Test
  @DisplayName("O-1 a tax question is OUT_OF_SCOPE; the reply sends the client to an accountant")
  void taxQuestionIsOutOfScope() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open(
            "oobj-saas",
            "oobj",
            oobjRequest(Channel.PORTAL, TicketType.QUESTION, Topic.TAX_QUESTION, "OOBJ_DFE"));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OUT_OF_SCOPE);
    assertThat(ticket.reply()).contains("contador");
    assertEndedAt(ticket, "Event_ContactOutOfScope");
  }

  @Test
  @DisplayName("O-5 the client's infrastructure (a printer) is OUT_OF_SCOPE")
  void infrastructureIsOutOfScope() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open(
            "oobj-saas",
            "oobj",
            oobjRequest(Channel.EMAIL, TicketType.INCIDENT, Topic.PRINTER, "OOBJ_DFE"));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OUT_OF_SCOPE);
    assertThat(ticket.reply()).contains("impressoras");
  }

  @Test
  @DisplayName("O-1 a fiscal document schema question is in scope and OPEN")
  void fiscalSchemaIsInScope() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open(
            "oobj-saas",
            "oobj",
            oobjRequest(
                Channel.PORTAL, TicketType.QUESTION, Topic.FISCAL_DOCUMENT_SCHEMA, "OOBJ_DFE"));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
  }

  @Test
  @DisplayName(
      "O-8 no support through WhatsApp or other messaging apps: REJECTED with the official channels")
  void messagingAppsAreRejected() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open(
            "oobj-saas",
            "oobj",
            oobjRequest(
                Channel.WHATSAPP_OFFICIAL,
                TicketType.INCIDENT,
                Topic.SOFTWARE_FAILURE,
                "OOBJ_DFE"));

    assertThat(ticket.status()).isEqualTo(TicketStatus.REJECTED);
    assertThat(ticket.reply()).contains("portal").contains("(62) 3086-5750");
  }

  @Test
  @DisplayName(
      "O-2 out of hours only phone emergencies are taken at once: through the portal an emergency is accepted and QUEUED for the next opening, and the reply gives the emergency phone")
  void outOfHoursEmergencyByPortalIsQueued() {
    clockAt(SATURDAY_03_00);
    TicketView ticket = open("oobj-saas", "oobj", emergency(Channel.PORTAL));

    assertThat(ticket.status()).isEqualTo(TicketStatus.QUEUED);
    assertThat(ticket.billable()).isFalse();
    assertThat(ticket.quote()).isNull();
    assertThat(ticket.reply()).contains("próxima abertura").contains("(62) 3086-5750");
    assertThat(instance(ticket)).isWaitingAt("Event_WaitForOpening");
    assertThat(tickets.decisions(client("oobj-saas", "oobj"), ticket.id()).get(1).outputs())
        .containsEntry("channelRule", "O-2-emergency-next-opening")
        .containsEntry("outOfHoursHandling", "NEXT_OPENING");
  }

  @Test
  @DisplayName("O-2 out of hours an emergency by phone is taken at once")
  void outOfHoursEmergencyByPhoneIsOpen() {
    clockAt(SATURDAY_03_00);
    TicketView ticket = open("oobj-saas", "oobj", emergency(Channel.PHONE));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(instance(ticket)).isWaitingAt("Task_FirstResponse");
  }

  @Test
  @DisplayName(
      "O-8 out of hours an emergency by WhatsApp is still REJECTED: messaging apps are refused, not queued")
  void outOfHoursEmergencyByWhatsappIsRejected() {
    clockAt(SATURDAY_03_00);
    TicketView ticket = open("oobj-saas", "oobj", emergency(Channel.WHATSAPP_OFFICIAL));

    assertThat(ticket.status()).isEqualTo(TicketStatus.REJECTED);
    assertThat(ticket.reply()).contains("(62) 3086-5750");
    assertEndedAt(ticket, "Event_ContactRejected");
  }

  @Test
  @DisplayName("O-2 out of hours a non-emergency by e-mail is QUEUED for the next opening")
  void outOfHoursNonEmergencyIsQueued() {
    clockAt(SATURDAY_03_00);
    TicketView ticket =
        open(
            "oobj-saas",
            "oobj",
            oobjRequest(Channel.EMAIL, TicketType.QUESTION, Topic.USAGE, "OOBJ_DFE"));

    assertThat(ticket.status()).isEqualTo(TicketStatus.QUEUED);
  }

  @Test
  @DisplayName("O-3 a ticket about a product the client did not buy is OUT_OF_SCOPE")
  void productNotBoughtIsOutOfScope() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open(
            "oobj-saas",
            "oobj",
            oobjRequest(Channel.PORTAL, TicketType.INCIDENT, Topic.SOFTWARE_FAILURE, "OOBJ_NFSE"));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OUT_OF_SCOPE);
    assertThat(ticket.reply()).contains("softwares adquiridos");
  }

  @Test
  @DisplayName("O-10 SaaS backup: the vendor already runs it (informative reply, OUT_OF_SCOPE)")
  void saasBackupIsInformative() {
    clockAt(MONDAY_10_00);
    TicketView ticket = open("oobj-saas", "oobj", Requests.backup(null));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OUT_OF_SCOPE);
    assertThat(ticket.reply()).contains("SaaS");
  }

  @Test
  @DisplayName(
      "O-10 in-house PostgreSQL backup: a vendor task to set up the routine, showing the client's network folder")
  void inHousePostgresBackupCreatesVendorTask() {
    clockAt(MONDAY_10_00);
    TicketView ticket = open("oobj-inhouse-pg", "oobj", Requests.backup("\\\\srv\\backup"));
    ProcessInstance instance = instance(ticket);

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    complete(task(instance), withVariables("response", "Vamos configurar a rotina."));
    assertThat(instance).isWaitingAt("Task_SetUpBackup");
    assertThat((String) taskService.getVariable(task(instance).getId(), "ticketSummary"))
        .contains("**Diretório de rede (backup):** `\\\\srv\\backup`");
  }

  @Test
  @DisplayName("O-10 in-house Oracle backup is the client's responsibility: OUT_OF_SCOPE")
  void inHouseOracleBackupIsOutOfScope() {
    clockAt(MONDAY_10_00);
    TicketView ticket = open("oobj-inhouse-oracle", "oobj", Requests.backup(null));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OUT_OF_SCOPE);
    assertThat(ticket.reply()).contains("Oracle");
  }

  @Test
  @DisplayName("O-4 remote-access details travel with the ticket to the analyst's task")
  void remoteAccessShowsOnTask() {
    clockAt(MONDAY_10_00);
    NewTicketRequest withRemoteAccess =
        new NewTicketRequest(
            null,
            null,
            null,
            Channel.PORTAL,
            TicketType.INCIDENT,
            Topic.SOFTWARE_FAILURE,
            Symptom.DEGRADED,
            "NFE_EMISSION",
            "OOBJ_DFE",
            null,
            "Erro ao emitir",
            null,
            new NewTicketRequest.RemoteAccess(RemoteAccessTool.TEAMVIEWER, "123 456 789"),
            null);
    TicketView ticket = open("oobj-saas", "oobj", withRemoteAccess);

    String taskId = task(instance(ticket)).getId();
    assertThat((String) taskService.getVariable(taskId, "ticketSummary"))
        .contains(
            "**Acesso remoto (ferramenta):** TeamViewer · **Acesso remoto (ID):** `123 456 789`");
  }

  @Test
  @DisplayName(
      "C-1 a refused contact is stored and readable like any ticket, with the reply the client got")
  void refusedContactIsRecorded() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open(
            "oobj-saas",
            "oobj",
            oobjRequest(Channel.TELEGRAM, TicketType.INCIDENT, Topic.SOFTWARE_FAILURE, "OOBJ_DFE"));

    TicketView read = get(ticket);
    assertThat(read.status()).isEqualTo(TicketStatus.REJECTED);
    assertThat(read.reply()).isEqualTo(ticket.reply()).isNotBlank();
    assertThat(read.timeline())
        .extracting(TimelineEntry::kind)
        .containsSubsequence("RECEIVED", "TRIAGED", "REJECTED");
    assertThat(tickets.list(client("oobj-saas", "oobj"), TicketStatus.REJECTED, 0, 100))
        .extracting(TicketView::id)
        .contains(ticket.id());
  }

  @Test
  @DisplayName(
      "C-2 every decision that shaped a ticket is shown: table, version, matched rule, inputs, outputs")
  void decisionTrail() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open(
            "leiloes-basic", "leiloes", request(Channel.WHATSAPP_OTHER, TicketType.INCIDENT, null));

    List<DecisionTrail.Decision> decisions =
        tickets.decisions(client("leiloes-basic", "leiloes"), ticket.id());

    assertThat(decisions)
        .extracting(DecisionTrail.Decision::decisionKey)
        .containsExactly("emergency", "channel-policy", "scope-triage", "sla-targets");
    DecisionTrail.Decision channel = decisions.get(1);
    assertThat(channel.tenantId()).isEqualTo("leiloes");
    assertThat(channel.decisionVersion()).isPositive();
    assertThat(channel.matchedRules())
        .extracting(DecisionTrail.MatchedRule::ruleId)
        .containsExactly("Rule_L_2_1_other_number");
    assertThat(channel.inputs())
        .containsEntry("channel", "WHATSAPP_OTHER")
        .containsEntry("tier", "STANDARD");
    assertThat(channel.outputs())
        .containsEntry("channelOutcome", "ACCEPT")
        .containsEntry("channelRule", "L-2.1-other-number");
    assertThat(decisions.get(3).outputs()).containsEntry("slaApplies", false);
  }

  private TicketView open(String clientId, String tenant, NewTicketRequest request) {
    return intake.open(client(clientId, tenant), request, null).ticket();
  }

  private TicketView get(TicketView ticket) {
    return tickets.get(client(ticket.clientId(), ticket.tenant()), ticket.id());
  }

  private ProcessInstance instance(TicketView ticket) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(ticket.id())
        .singleResult();
  }

  /** The ticket's process has ended, and ended at this event. */
  private void assertEndedAt(TicketView ticket, String endEventId) {
    var instance =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(ticket.id())
            .singleResult();
    assertThat(instance.getEndTime()).as("process of %s ended", ticket.id()).isNotNull();
    assertThat(
            historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityId(endEventId)
                .count())
        .as("passed %s", endEventId)
        .isEqualTo(1);
  }

  private static Caller analyst() {
    return new Caller("leiloes-analyst", Set.of("analysts"), Set.of("leiloes"));
  }

  private static NewTicketRequest request(Channel channel, TicketType type, Symptom symptom) {
    return new NewTicketRequest(
        null,
        null,
        null,
        channel,
        type,
        Topic.SOFTWARE_FAILURE,
        symptom,
        null,
        null,
        null,
        "Contato de teste",
        null,
        null,
        null);
  }

  private static NewTicketRequest oobjRequest(
      Channel channel, TicketType type, Topic topic, String product) {
    return new NewTicketRequest(
        null,
        null,
        null,
        channel,
        type,
        topic,
        Symptom.NONE,
        "NFE_EMISSION",
        product,
        null,
        "Contato de teste",
        null,
        null,
        null);
  }

  private static NewTicketRequest emergency(Channel channel) {
    return new NewTicketRequest(
        null,
        null,
        null,
        channel,
        TicketType.INCIDENT,
        Topic.SOFTWARE_FAILURE,
        Symptom.SERVER_DOWN,
        "NFE_EMISSION",
        "OOBJ_DFE",
        null,
        "Emissão parada",
        null,
        null,
        null);
  }
}
