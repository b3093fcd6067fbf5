package dev.supportflow.billing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A quote for billable work and the client's answer. {@code status}: PENDING until the client
 * answers, then ACCEPTED, DECLINED or EXPIRED. This is the {@code quote} object of the API.
 */
public record Quote(
    @JsonIgnore long quoteId,
    BigDecimal amount,
    String currency,
    BigDecimal hours,
    BigDecimal hourlyRate,
    String workKind,
    String preparedBy,
    Instant preparedAt,
    Instant validUntil,
    String status,
    String answeredBy,
    Instant answeredAt,
    String answeredChannel) {

  @JsonIgnore
  public boolean isPending() {
    return "PENDING".equals(status);
  }
}
