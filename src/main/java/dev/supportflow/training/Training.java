package dev.supportflow.training;

import dev.supportflow.clientrecord.ClientRecord;
import dev.supportflow.clientrecord.ClientRecordType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A training row. {@code bookedHours} came out of the plan's balance; {@code excessHours} are
 * beyond it and need the client's consent to a quote (L-6.4, O-11).
 */
record Training(
    long number,
    String tenant,
    String clientId,
    TrainingStatus status,
    String topic,
    BigDecimal hours,
    BigDecimal bookedHours,
    BigDecimal excessHours,
    Instant preferredDate,
    String createdBy,
    Instant createdAt)
    implements ClientRecord {

  static final ClientRecordType TYPE = ClientRecordType.withPrefix("TRAINING", "training", "TRN");
}
