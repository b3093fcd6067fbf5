package dev.supportflow.simulation;

import java.time.Instant;
import java.util.Map;

/** One past evaluation of a decision for a ticket, with its inputs by clause label. */
record RecordedEvaluation(String ticketId, Instant evaluatedAt, Map<String, Object> inputs) {}
