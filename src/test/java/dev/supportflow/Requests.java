package dev.supportflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.calendar.DateOrDateTime;
import dev.supportflow.meeting.NewMeetingRequest;
import dev.supportflow.ticket.Channel;
import dev.supportflow.ticket.NewTicketRequest;
import dev.supportflow.ticket.RemoteAccessTool;
import dev.supportflow.ticket.Symptom;
import dev.supportflow.ticket.TicketType;
import dev.supportflow.ticket.Topic;
import dev.supportflow.training.NewTrainingRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What clients ask for in the tests: requests as the services take them, and as JSON bodies for the
 * API.
 */
public final class Requests {

  private Requests() {}

  /** An incident through the portal: "Sistema lento" since 9h, with remote access. */
  public static NewTicketRequest incident(
      Symptom symptom, Boolean auctionInProgress, String service) {
    return incident(Channel.PORTAL, symptom, auctionInProgress, service);
  }

  /**
   * An incident: "Sistema lento" since 9h, with remote access; a catalog service is one of
   * OOBJ_DFE.
   */
  public static NewTicketRequest incident(
      Channel channel, Symptom symptom, Boolean auctionInProgress, String service) {
    return new NewTicketRequest(
        null,
        null,
        null,
        channel,
        TicketType.INCIDENT,
        Topic.SOFTWARE_FAILURE,
        symptom,
        service,
        service == null ? null : "OOBJ_DFE",
        auctionInProgress,
        "Sistema lento",
        "Desde as 9h",
        new NewTicketRequest.RemoteAccess(RemoteAccessTool.TEAMVIEWER, "123 456 789"),
        null);
  }

  /** A leiloes client's meeting about December's auction, starting at a São Paulo date-time. */
  /**
   * A leilões service request on the official WhatsApp: billed when asked for out of hours (L-4.3).
   */
  public static NewTicketRequest serviceRequest(String subject) {
    return new NewTicketRequest(
        null,
        null,
        null,
        Channel.WHATSAPP_OFFICIAL,
        TicketType.SERVICE_REQUEST,
        Topic.USAGE,
        Symptom.NONE,
        null,
        null,
        false,
        subject,
        null,
        null,
        null);
  }

  /** A question through the portal, with nothing else filled in. */
  public static NewTicketRequest question(String subject) {
    return new NewTicketRequest(
        null,
        null,
        null,
        Channel.PORTAL,
        TicketType.QUESTION,
        null,
        null,
        null,
        null,
        null,
        subject,
        null,
        null,
        null);
  }

  /** Oobj's backup set-up (O-10) on the portal, for an in-house client. */
  public static NewTicketRequest backup(String networkFolder) {
    return new NewTicketRequest(
        null,
        null,
        null,
        Channel.PORTAL,
        TicketType.BACKUP,
        Topic.OTHER,
        Symptom.NONE,
        null,
        "OOBJ_DFE",
        null,
        "Rotina de backup",
        null,
        null,
        networkFolder);
  }

  public static NewMeetingRequest meeting(String saoPauloStart, int minutes) {
    return new NewMeetingRequest(
        "Revisão do leilão de dezembro", TestClock.dateTime(saoPauloStart), minutes);
  }

  /** A training for new auction operators on 2026-12-07. */
  public static NewTrainingRequest training(String hours) {
    return new NewTrainingRequest(
        "Novos operadores do pregão",
        new BigDecimal(hours),
        DateOrDateTime.of(LocalDate.of(2026, 12, 7)));
  }

  /** A valid leiloes incident for POST /api/tickets: not an emergency, no auction in progress. */
  public static ObjectNode ticketJson(String subject) {
    return HttpApi.JSON
        .createObjectNode()
        .put("channel", "PORTAL")
        .put("type", "INCIDENT")
        .put("topic", "SOFTWARE_FAILURE")
        .put("symptom", "DEGRADED")
        .put("auctionInProgress", false)
        .put("subject", subject)
        .put("description", "Desde as 9h");
  }

  /** A valid oobj incident on a catalog service for POST /api/tickets. */
  public static ObjectNode oobjTicketJson(String subject) {
    ObjectNode body = ticketJson(subject).put("service", "NFE_EMISSION").put("product", "OOBJ_DFE");
    body.remove("auctionInProgress");
    return body;
  }

  /** Engine REST's body for completing a task: each value typed as a Boolean or a String. */
  public static ObjectNode taskVariables(Map<String, Object> values) {
    ObjectNode body = HttpApi.JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    values.forEach(
        (name, value) -> {
          ObjectNode variable = variables.putObject(name);
          if (value instanceof Boolean flag) {
            variable.put("value", flag).put("type", "Boolean");
          } else {
            variable.put("value", value.toString()).put("type", "String");
          }
        });
    return body;
  }
}
