package dev.supportflow.intervention;

import dev.supportflow.billing.ConsentService;
import dev.supportflow.billing.QuoteRepository;
import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.client.ClientContract;
import dev.supportflow.client.ClientContractRepository;
import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import dev.supportflow.web.Paging;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests interventions (row + process, one transaction), reads them for the callers allowed to see them (C-5),
 * and passes the client's answer to a quote on to the consent process.
 */
@Service
public class InterventionService {

  private final InterventionRepository interventions;
  private final ClientContractRepository contracts;
  private final InterventionProcess process;
  private final QuoteRepository quotes;
  private final ConsentService consent;
  private final BusinessCalendars calendars;
  private final TransactionTemplate transaction;
  private final Clock clock;

  InterventionService(InterventionRepository interventions, ClientContractRepository contracts,
      InterventionProcess process, QuoteRepository quotes, ConsentService consent, BusinessCalendars calendars,
      TransactionTemplate transaction, Clock clock) {
    this.interventions = interventions;
    this.contracts = contracts;
    this.process = process;
    this.quotes = quotes;
    this.consent = consent;
    this.calendars = calendars;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** O-9: a client asks for an intervention on a future date; the process decides whether it is billed. */
  public InterventionView request(Caller caller, NewInterventionRequest request) {
    ClientContract contract = contractOf(caller);
    Instant now = clock.instant();
    Instant preferred = request.preferredDate().toInstant(calendars.forTenant(contract.tenant()).zone());
    if (!preferred.isAfter(now)) {
      throw ApiException.badRequest("preferredDate", "must be in the future: interventions are scheduled in advance");
    }
    String notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
    long number = transaction.execute(status -> {
      long created = interventions.insert(contract.tenant(), contract.clientId(), request.kind(), preferred, notes,
          request.estimatedHours(), caller.userId(), now);
      String id = InterventionIds.format(created);
      interventions.addEvent(created, now, "REQUESTED", caller.userId(), request.kind().name());
      process.start(id, interventions.find(created).orElseThrow(), contract);
      return created;
    });
    return view(number, false);
  }

  public InterventionView get(Caller caller, String id) {
    long number = readable(caller, id).number();
    return view(number, true);
  }

  /** The interventions the caller may read ({@link Caller#readScope}), newest first, one page. */
  public List<InterventionView> list(Caller caller, InterventionStatus status, int page, int size) {
    Paging paging = new Paging(page, size);
    return caller.readScope().map(scope -> interventions.list(scope.tenant(), scope.clientId(), status, paging))
        .orElse(List.of()).stream()
        .map(i -> view(i, false))
        .toList();
  }

  /** The client's answer to the quote of its intervention; 409 when no quote waits for one. */
  public InterventionView answer(Caller caller, String id, boolean accept) {
    Intervention intervention = readable(caller, id);
    if (!caller.isClient()) {
      throw ApiException.forbidden("Only the client answers its quote.");
    }
    consent.answer(InterventionSubject.TYPE, id, accept, caller.userId(), "API");
    return view(intervention.number(), true);
  }

  private Intervention readable(Caller caller, String id) {
    return InterventionIds.parse(id).filter(n -> InterventionIds.format(n).equals(id))
        .flatMap(interventions::find)
        .filter(i -> caller.mayRead(i.tenant(), i.clientId()))
        .orElseThrow(() -> ApiException.notFound("No intervention " + id + "."));
  }

  private InterventionView view(long number, boolean withTimeline) {
    return view(interventions.find(number).orElseThrow(), withTimeline);
  }

  private InterventionView view(Intervention i, boolean withTimeline) {
    String id = InterventionIds.format(i.number());
    return InterventionView.of(id, i, quotes.latest(InterventionSubject.TYPE, id).orElse(null),
        withTimeline ? interventions.timeline(i.number()) : null);
  }

  private ClientContract contractOf(Caller caller) {
    if (!caller.isClient()) {
      throw ApiException.forbidden("Only clients request interventions.");
    }
    return contracts.ofCaller(caller)
        .orElseThrow(() -> ApiException.forbidden("You have no support contract."));
  }

}
