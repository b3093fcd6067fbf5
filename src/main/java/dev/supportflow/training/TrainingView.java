package dev.supportflow.training;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.supportflow.billing.Quote;
import dev.supportflow.clientrecord.TimelineEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A training as the API shows it; {@code timeline} only on a single read. */
public record TrainingView(
    String id,
    String tenant,
    String clientId,
    TrainingStatus status,
    String topic,
    BigDecimal hours,
    BigDecimal includedHoursUsed,
    BigDecimal billableHours,
    Instant preferredDate,
    Quote quote,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineEntry> timeline) {

  static TrainingView of(String id, Training t, Quote quote, List<TimelineEntry> timeline) {
    return new TrainingView(
        id,
        t.tenant(),
        t.clientId(),
        t.status(),
        t.topic(),
        t.hours(),
        t.bookedHours(),
        t.excessHours(),
        t.preferredDate(),
        quote,
        timeline);
  }
}
