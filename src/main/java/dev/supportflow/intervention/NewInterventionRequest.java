package dev.supportflow.intervention;

import dev.supportflow.calendar.DateOrDateTime;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The body of {@code POST /api/interventions} (API.md). Tenant and client come from the caller;
 * notes are optional.
 */
public record NewInterventionRequest(
    @NotNull InterventionKind kind,
    @NotNull DateOrDateTime preferredDate,
    @Size(max = 4000) String notes,
    @DecimalMin("0.5") @DecimalMax("1000") BigDecimal estimatedHours) {}
