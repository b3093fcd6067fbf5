package dev.supportflow.mail;

import dev.supportflow.policy.SupportFlowProperties;
import dev.supportflow.ticket.TicketHeadline;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A mail about a ticket to its client, written to the outbox in the caller's transaction: the
 * template gets the ticket's id, subject and the tenant's name besides the kind's own values. A
 * client without an address gets none.
 */
@Component
class ClientMail {

  private static final Logger log = LoggerFactory.getLogger(ClientMail.class);
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'às' HH:mm");

  private final ClientAddresses addresses;
  private final MailTemplates templates;
  private final Outbox outbox;
  private final SupportFlowProperties properties;

  ClientMail(
      ClientAddresses addresses,
      MailTemplates templates,
      Outbox outbox,
      SupportFlowProperties properties) {
    this.addresses = addresses;
    this.templates = templates;
    this.outbox = outbox;
    this.properties = properties;
  }

  void send(TicketHeadline ticket, String kind, Map<String, ?> kindValues) {
    addresses
        .of(ticket.clientId())
        .ifPresentOrElse(
            to -> {
              Map<String, Object> values = new HashMap<>(kindValues);
              values.put("ticketId", ticket.id());
              values.put("subject", ticket.subject());
              values.put("tenantName", properties.tenant(ticket.tenant()).name());
              outbox.enqueue(
                  new Outbox.OutgoingMail(
                      ticket.tenant(),
                      kind,
                      ticket.id(),
                      to,
                      templates.render(ticket.tenant(), kind, values)));
            },
            () -> log.info("No e-mail address for {}: no {} mail", ticket.clientId(), kind));
  }

  /** An instant as the tenant's clients read it: its local date and time. */
  String local(String tenant, Instant instant) {
    if (instant == null) {
      return null;
    }
    ZoneId zone = properties.tenant(tenant).calendar().zone();
    return LOCAL.format(instant.atZone(zone));
  }
}
