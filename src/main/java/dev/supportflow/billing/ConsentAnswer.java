package dev.supportflow.billing;

import jakarta.validation.constraints.NotNull;

/** The body of every {@code POST /api/…/{id}/consent}: the client's answer to a quote, required. */
public record ConsentAnswer(@NotNull Boolean accept) {}
