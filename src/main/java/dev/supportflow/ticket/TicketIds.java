package dev.supportflow.ticket;

import dev.supportflow.clientrecord.ClientRecordType;
import dev.supportflow.policy.SupportFlowProperties;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Ticket ids as people say them ({@code LEI-000123}): the tenant's prefix and the ticket's number.
 * The number is the row's key; the prefix makes the tenant visible on a phone call or in a WhatsApp
 * message.
 */
@Component
public class TicketIds {

  private final ClientRecordType type;

  TicketIds(SupportFlowProperties properties) {
    this.type =
        ClientRecordType.withTenantPrefixes(
            "TICKET",
            "ticket",
            properties.tenants().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().ticketPrefix())));
  }

  public ClientRecordType type() {
    return type;
  }

  public String format(String tenant, long number) {
    return type.id(tenant, number);
  }
}
