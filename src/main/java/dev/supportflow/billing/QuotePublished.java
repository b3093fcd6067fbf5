package dev.supportflow.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A quote became visible to the client (its subject is AWAITING_CONSENT): published inside the
 * publish step's transaction, so a listener's writes commit or roll back with the quote.
 */
public record QuotePublished(
    String tenant,
    String clientId,
    String subjectType,
    String subjectId,
    BigDecimal hours,
    BigDecimal hourlyRate,
    BigDecimal amount,
    String currency,
    Instant validUntil) {}
