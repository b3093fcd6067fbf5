package dev.supportflow.training;

import dev.supportflow.calendar.DateOrDateTime;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of {@code POST /api/trainings}. */
public record NewTrainingRequest(
    @NotBlank @Size(max = 500) String topic,
    @NotNull @DecimalMin("0.5") @DecimalMax("40") @Digits(integer = 2, fraction = 2)
        BigDecimal hours,
    @NotNull DateOrDateTime preferredDate) {}
