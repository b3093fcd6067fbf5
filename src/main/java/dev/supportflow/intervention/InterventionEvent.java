package dev.supportflow.intervention;

import java.time.Instant;

/** One thing that happened to an intervention: who did what, when (quote, consent, schedule, resolution). */
public record InterventionEvent(Instant at, String kind, String actor, String detail) {}
