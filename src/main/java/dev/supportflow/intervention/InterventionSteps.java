package dev.supportflow.intervention;

import dev.supportflow.billing.Quote;
import dev.supportflow.billing.QuoteRepository;
import dev.supportflow.calendar.BusinessCalendar;
import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.clientrecord.TaskActor;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code scheduled-intervention} that change the intervention: schedule it for the
 * agreed time, close it (quote declined or expired), resolve it with the analyst's report.
 *
 * <p>The agreed time is the client's preferred date: the quote prices the work, it does not move
 * it. It need not fall in business hours (migrations and reinstallations are often done after
 * closing, on purpose); the form and the timeline say when it does not. If the client consents
 * after that time, the timer is already due and the analyst's task appears at once.
 */
@Component("interventionSteps")
public class InterventionSteps {

  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final InterventionRepository interventions;
  private final QuoteRepository quotes;
  private final BusinessCalendars calendars;
  private final Clock clock;

  InterventionSteps(
      InterventionRepository interventions,
      QuoteRepository quotes,
      BusinessCalendars calendars,
      Clock clock) {
    this.interventions = interventions;
    this.quotes = quotes;
    this.calendars = calendars;
    this.clock = clock;
  }

  public void schedule(DelegateExecution execution) {
    String id = (String) execution.getVariable("interventionId");
    Instant agreed = ((Date) execution.getVariable("preferredDate")).toInstant();
    BusinessCalendar calendar = calendars.forTenant((String) execution.getVariable("tenant"));
    String when =
        HUMAN.format(agreed.atZone(calendar.zone()))
            + (calendar.isOpen(agreed) ? "" : " (fora do horário de atendimento)");
    String quote =
        quotes
            .latest(Intervention.TYPE.name(), id)
            .filter(q -> "ACCEPTED".equals(q.status()))
            .map(InterventionSteps::describe)
            .orElse("sem cobrança");
    execution.setVariable("scheduledFor", Date.from(agreed));
    execution.setVariable("scheduledForText", when);
    execution.setVariable("quoteText", quote);
    Instant now = clock.instant();
    interventions.schedule(number(id), agreed, now);
    interventions.addEvent(number(id), now, "SCHEDULED", null, when + "; " + quote);
  }

  public void close(DelegateExecution execution) {
    String id = (String) execution.getVariable("interventionId");
    Instant now = clock.instant();
    interventions.updateStatus(number(id), InterventionStatus.CLOSED, now);
    interventions.addEvent(
        number(id), now, "CLOSED", null, "orçamento " + execution.getVariable("consentOutcome"));
  }

  public void resolve(DelegateExecution execution) {
    String id = (String) execution.getVariable("interventionId");
    String report = (String) execution.getVariable("interventionReport");
    Instant now = clock.instant();
    interventions.resolve(number(id), report, now);
    interventions.addEvent(number(id), now, "RESOLVED", TaskActor.authenticatedUser(), report);
  }

  private static String describe(Quote q) {
    return "%s h × %s = %s %s (aceito por %s)"
        .formatted(q.hours(), q.hourlyRate(), q.amount(), q.currency(), q.answeredBy());
  }

  private static long number(String id) {
    return Intervention.TYPE.numberOf(id);
  }
}
