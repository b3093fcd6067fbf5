package dev.supportflow.clientrecord;

import java.time.Instant;

/** One thing that happened to a client record: who did what, when. */
public record TimelineEntry(Instant at, String kind, String actor, String detail) {}
