package dev.supportflow.mail;

import dev.supportflow.policy.SupportFlowProperties;
import dev.supportflow.ticket.SlaEscalated;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An SLA breach's escalation task, to each of the tenant's supervisors ({@code mail/escalation}),
 * sent when the tenant's notification policy says: at once, or held until the next opening.
 */
@Component
class EscalationMail {

  static final String KIND = "escalation";
  static final String NOTICE = "ESCALATION";

  private static final Logger log = LoggerFactory.getLogger(EscalationMail.class);

  private final StaffAddresses staff;
  private final NotificationPolicy policy;
  private final MailTemplates templates;
  private final Outbox outbox;
  private final SupportFlowProperties properties;
  private final Clock clock;

  EscalationMail(
      StaffAddresses staff,
      NotificationPolicy policy,
      MailTemplates templates,
      Outbox outbox,
      SupportFlowProperties properties,
      Clock clock) {
    this.staff = staff;
    this.policy = policy;
    this.templates = templates;
    this.outbox = outbox;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener
  void on(SlaEscalated escalated) {
    String tenant = escalated.ticket().tenant();
    List<String> supervisors = staff.supervisors(tenant);
    if (supervisors.isEmpty()) {
      log.info("No supervisor of {} has an e-mail address: no escalation mail", tenant);
      return;
    }
    Instant now = clock.instant();
    Instant sendAt = policy.sendAt(tenant, NOTICE, escalated.emergency(), now);
    MailTemplates.Rendered body = templates.render(tenant, KIND, values(escalated));
    for (String to : supervisors) {
      outbox.enqueue(
          new Outbox.OutgoingMail(tenant, KIND, escalated.ticket().id(), to, body), sendAt);
    }
  }

  private Map<String, Object> values(SlaEscalated escalated) {
    Map<String, Object> values = new HashMap<>();
    values.put("ticketId", escalated.ticket().id());
    values.put("subject", escalated.ticket().subject());
    values.put("clientId", escalated.ticket().clientId());
    values.put("tenantName", properties.tenant(escalated.ticket().tenant()).name());
    values.put("firstResponse", "FIRST_RESPONSE".equals(escalated.target()));
    values.put("emergency", escalated.emergency());
    return values;
  }
}
