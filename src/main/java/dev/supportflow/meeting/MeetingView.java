package dev.supportflow.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.supportflow.billing.Quote;
import dev.supportflow.clientrecord.TimelineEntry;
import java.time.Instant;
import java.util.List;

/** A meeting as the API shows it; {@code timeline} only on a single read. */
public record MeetingView(
    String id,
    String tenant,
    String clientId,
    MeetingStatus status,
    String agenda,
    Instant proposedStart,
    int durationMinutes,
    Instant scheduledFor,
    String reason,
    Quote quote,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineEntry> timeline) {

  static MeetingView of(String id, Meeting m, Quote quote, List<TimelineEntry> timeline) {
    return new MeetingView(
        id,
        m.tenant(),
        m.clientId(),
        m.status(),
        m.agenda(),
        m.proposedStart(),
        m.durationMinutes(),
        m.scheduledFor(),
        m.reason(),
        quote,
        timeline);
  }
}
