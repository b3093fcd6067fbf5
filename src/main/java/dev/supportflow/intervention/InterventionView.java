package dev.supportflow.intervention;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.supportflow.billing.Quote;
import dev.supportflow.clientrecord.TimelineEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An intervention as the client and its tenant's staff see it (API.md). {@code timeline} only on a
 * read.
 */
public record InterventionView(
    String id,
    String tenant,
    String clientId,
    InterventionKind kind,
    InterventionStatus status,
    Instant preferredDate,
    Instant scheduledFor,
    String notes,
    BigDecimal estimatedHours,
    String report,
    Instant resolvedAt,
    Quote quote,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineEntry> timeline) {

  static InterventionView of(String id, Intervention i, Quote quote, List<TimelineEntry> timeline) {
    return new InterventionView(
        id,
        i.tenant(),
        i.clientId(),
        i.kind(),
        i.status(),
        i.preferredDate(),
        i.scheduledFor(),
        i.notes(),
        i.estimatedHours(),
        i.report(),
        i.resolvedAt(),
        quote,
        timeline);
  }
}
