package dev.supportflow.meeting;

import dev.supportflow.calendar.DateOrDateTime;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/meetings}: an agenda (L-6.1), when, and for how long. */
public record NewMeetingRequest(
    @NotBlank @Size(max = 4000) String agenda,
    @NotNull DateOrDateTime proposedStart,
    @NotNull @Min(15) @Max(480) Integer durationMinutes) {}
