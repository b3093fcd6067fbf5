package dev.supportflow.ticket;

import java.time.Instant;

/** One thing that happened to a ticket: who did what, when. */
public record TimelineEntry(Instant at, String kind, String actor, String detail) {}
