package dev.supportflow.intervention;

import dev.supportflow.clientrecord.ClientRecord;
import dev.supportflow.clientrecord.ClientRecordType;
import java.math.BigDecimal;
import java.time.Instant;

/** An intervention row. */
record Intervention(
    long number,
    String tenant,
    String clientId,
    InterventionKind kind,
    InterventionStatus status,
    Instant preferredDate,
    Instant scheduledFor,
    String notes,
    BigDecimal estimatedHours,
    String report,
    String createdBy,
    Instant createdAt,
    Instant resolvedAt)
    implements ClientRecord {

  static final ClientRecordType TYPE =
      ClientRecordType.withPrefix("INTERVENTION", "intervention", "INT");
}
