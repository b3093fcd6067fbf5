package dev.supportflow.ticket;

import dev.supportflow.policy.SupportFlowProperties;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Ticket ids as people say them ({@code LEI-000123}): the tenant's prefix and the ticket's number. The number is
 * the row's key; the prefix makes the tenant visible on a phone call or in a WhatsApp message.
 */
@Component
public class TicketIds {

  private static final Pattern FORMAT = Pattern.compile("([A-Z]{2,10})-(\\d{1,18})");

  private final Map<String, String> prefixByTenant;
  private final Map<String, String> tenantByPrefix;

  TicketIds(SupportFlowProperties properties) {
    this.prefixByTenant = properties.tenants().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().ticketPrefix()));
    this.tenantByPrefix = prefixByTenant.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
  }

  public String format(String tenant, long number) {
    return "%s-%06d".formatted(prefixByTenant.get(tenant), number);
  }

  /** The ticket number of an id, or empty when the id is malformed or names no tenant. */
  public Optional<Long> parse(String id) {
    Matcher m = id == null ? null : FORMAT.matcher(id);
    if (m == null || !m.matches() || !tenantByPrefix.containsKey(m.group(1))) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(m.group(2)));
  }
}
