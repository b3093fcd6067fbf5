package dev.supportflow.mail;

import dev.supportflow.policy.FormLabels;
import dev.supportflow.policy.SupportFlowProperties;
import dev.supportflow.ticket.TicketReceived;
import dev.supportflow.ticket.TicketStatus;
import dev.supportflow.ticket.TicketView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * "Ticket received" to the client (template {@code mail/ticket-received}): status, the reply the
 * tables chose and the first-response due time, written to the outbox in the intake transaction. An
 * ignored contact gets none, and a client without an address neither.
 */
@Component
class TicketReceivedMail {

  static final String KIND = "ticket-received";

  private static final Logger log = LoggerFactory.getLogger(TicketReceivedMail.class);
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'às' HH:mm");

  private final ClientAddresses addresses;
  private final MailTemplates templates;
  private final Outbox outbox;
  private final FormLabels labels;
  private final SupportFlowProperties properties;

  TicketReceivedMail(
      ClientAddresses addresses,
      MailTemplates templates,
      Outbox outbox,
      FormLabels labels,
      SupportFlowProperties properties) {
    this.addresses = addresses;
    this.templates = templates;
    this.outbox = outbox;
    this.labels = labels;
    this.properties = properties;
  }

  @EventListener
  void on(TicketReceived received) {
    TicketView ticket = received.ticket();
    if (ticket.status() == TicketStatus.IGNORED) {
      return;
    }
    addresses
        .of(ticket.clientId())
        .ifPresentOrElse(
            to ->
                outbox.enqueue(
                    new Outbox.OutgoingMail(
                        ticket.tenant(),
                        KIND,
                        ticket.id(),
                        to,
                        templates.render(ticket.tenant(), KIND, values(ticket)))),
            () -> log.info("No e-mail address for {}: no ticket-received mail", ticket.clientId()));
  }

  private Map<String, Object> values(TicketView ticket) {
    SupportFlowProperties.TenantSettings tenant = properties.tenant(ticket.tenant());
    ZoneId zone = tenant.calendar().zone();
    Map<String, Object> values = new HashMap<>();
    values.put("ticketId", ticket.id());
    values.put("tenantName", tenant.name());
    values.put("subject", ticket.subject());
    values.put("status", labels.of("status", ticket.status()));
    values.put("reply", ticket.reply());
    values.put("firstResponseDue", local(ticket.firstResponseDueAt(), zone));
    values.put("resolutionDue", local(ticket.resolutionDueAt(), zone));
    return values;
  }

  private static String local(Instant instant, ZoneId zone) {
    return instant == null ? null : DUE.format(instant.atZone(zone));
  }
}
