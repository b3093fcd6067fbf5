package dev.supportflow.ticket;

import dev.supportflow.calendar.BusinessCalendar;
import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.calendar.SlaClock;
import dev.supportflow.policy.TransientVariables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "start SLA clock": due times from the {@code sla-targets} durations on the tenant's calendar
 * (business hours or 24x7, as the table says), counted from receipt, or from the opening a queued
 * ticket waited for. The due times go onto the ticket row; the process keeps what its gateways and
 * timers read: {@code firstResponseDueAt} (transient: its gateway and timer come next, in this
 * transaction) and {@code resolutionDueAt} (stored, when there is one: read after the first
 * response).
 */
@Component("openTicket")
class OpenTicket implements JavaDelegate {

  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final BusinessCalendars calendars;
  private final TicketRepository tickets;
  private final TicketTimeline timeline;
  private final TicketFacts facts;
  private final Clock clock;

  OpenTicket(
      BusinessCalendars calendars,
      TicketRepository tickets,
      TicketTimeline timeline,
      TicketFacts facts,
      Clock clock) {
    this.calendars = calendars;
    this.tickets = tickets;
    this.timeline = timeline;
    this.facts = facts;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BusinessCalendar calendar = calendars.forTenant(execution.getTenantId());
    Map<String, Object> sla = SlaTargets.of(execution);
    Date startsAt = (Date) execution.getVariable("slaStartsAt");
    Instant start =
        (startsAt != null ? startsAt : (Date) facts.fact(execution, "receivedAt")).toInstant();
    boolean slaApplies = Boolean.TRUE.equals(sla.get("slaApplies"));

    Instant firstResponseDue = slaApplies ? due(calendar, start, sla, "firstResponse") : null;
    Instant resolutionDue = slaApplies ? due(calendar, start, sla, "resolution") : null;

    if (IntakeDecisions.isVersion2(execution)) {
      // Version 2's gateways test both variables, and its forms show the texts.
      execution.setVariable("firstResponseDueAt", date(firstResponseDue));
      execution.setVariable("resolutionDueAt", date(resolutionDue));
      execution.setVariable("firstResponseDueText", human(calendar, firstResponseDue));
      execution.setVariable("resolutionDueText", human(calendar, resolutionDue));
    } else {
      TransientVariables.set(execution, "firstResponseDueAt", date(firstResponseDue));
      if (resolutionDue != null) {
        execution.setVariable("resolutionDueAt", date(resolutionDue));
      }
    }
    tickets.open(
        timeline.ticketNumber(execution),
        firstResponseDue,
        resolutionDue,
        slaStart(start, slaApplies ? sla : Map.of()),
        clock.instant());
    timeline.record(
        execution,
        "OPENED",
        null,
        "Primeira resposta: "
            + human(calendar, firstResponseDue)
            + "; solução: "
            + human(calendar, resolutionDue));
  }

  /** The clock starts; the resolution target is kept for a reopened ticket's new due time. */
  private static TicketSla slaStart(Instant start, Map<String, Object> sla) {
    Object resolution = sla.get("resolution");
    return new TicketSla(
        start,
        null,
        0,
        null,
        null,
        null,
        null,
        resolution == null ? null : Duration.parse(resolution.toString()),
        resolution == null ? null : SlaClock.parse((String) sla.get("resolutionClock")));
  }

  private static Instant due(
      BusinessCalendar calendar, Instant start, Map<String, Object> sla, String target) {
    Object duration = sla.get(target);
    if (duration == null) {
      return null;
    }
    SlaClock slaClock = SlaClock.parse((String) sla.get(target + "Clock"));
    return calendar.add(start, Duration.parse(duration.toString()), slaClock);
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  static String human(BusinessCalendar calendar, Instant instant) {
    return instant == null
        ? "sem prazo"
        : "até " + HUMAN.format(instant.atZone(calendar.zone())) + " (" + calendar.zone() + ")";
  }
}
