package dev.supportflow.training;

import dev.supportflow.billing.ConsentService;
import dev.supportflow.billing.QuoteRepository;
import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.client.ClientContract;
import dev.supportflow.client.ClientContractRepository;
import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import dev.supportflow.web.Paging;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Training requests (L-6.4, O-11). The part of the hours the plan's balance still covers is booked first, in a
 * short transaction of its own; then the row and the process start together. Whatever is beyond the balance is
 * quoted; if the client declines (or the quote expires) the booked part goes back to the balance. If starting the
 * training fails, the booked hours go back at once.
 */
@Service
public class TrainingService {

  private final TrainingRepository trainings;
  private final TrainingBalance balance;
  private final ClientContractRepository contracts;
  private final TrainingRequestProcess process;
  private final QuoteRepository quotes;
  private final ConsentService consent;
  private final BusinessCalendars calendars;
  private final TransactionTemplate transaction;
  private final Clock clock;

  TrainingService(TrainingRepository trainings, TrainingBalance balance, ClientContractRepository contracts,
      TrainingRequestProcess process, QuoteRepository quotes, ConsentService consent, BusinessCalendars calendars,
      TransactionTemplate transaction, Clock clock) {
    this.trainings = trainings;
    this.balance = balance;
    this.contracts = contracts;
    this.process = process;
    this.quotes = quotes;
    this.consent = consent;
    this.calendars = calendars;
    this.transaction = transaction;
    this.clock = clock;
  }

  public TrainingView request(Caller caller, NewTrainingRequest request) {
    if (!caller.isClient()) {
      throw ApiException.forbidden("Only clients request trainings.");
    }
    ClientContract contract = contracts.ofCaller(caller)
        .orElseThrow(() -> ApiException.forbidden("You have no support contract."));
    Instant now = clock.instant();
    BigDecimal hours = request.hours();
    Instant preferred = request.preferredDate().toInstant(calendars.forTenant(contract.tenant()).zone());
    BigDecimal booked = balance.book(contract.clientId(), contract.trainingHoursIncluded(), hours);
    Training draft = new Training(0, contract.tenant(), contract.clientId(), TrainingStatus.REQUESTED,
        request.topic().strip(), hours, booked, hours.subtract(booked), preferred, caller.userId(),
        now);
    try {
      long number = transaction.execute(status -> {
        long created = trainings.insert(draft);
        trainings.addEvent(created, now, "REQUESTED", caller.userId(),
            "%s h: %s h do saldo do plano, %s h além do saldo".formatted(hours, booked, draft.excessHours()));
        process.start(TrainingIds.format(created), draft, contract);
        return created;
      });
      return view(number, false);
    } catch (RuntimeException failed) {
      balance.release(contract.clientId(), booked);
      throw failed;
    }
  }

  public TrainingView get(Caller caller, String id) {
    long number = TrainingIds.parse(id).orElseThrow(() -> notFound(id));
    trainings.find(number).filter(t -> caller.mayRead(t.tenant(), t.clientId())).orElseThrow(() -> notFound(id));
    return view(number, true);
  }

  /** The trainings the caller may read ({@link Caller#readScope}), newest first, one page. */
  public List<TrainingView> list(Caller caller, TrainingStatus status, int page, int size) {
    Paging paging = new Paging(page, size);
    return caller.readScope().map(scope -> trainings.list(scope.tenant(), scope.clientId(), status, paging))
        .orElse(List.of()).stream()
        .map(t -> view(t, false))
        .toList();
  }

  /** The client's answer to the quote for the hours beyond the balance. */
  public TrainingView answer(Caller caller, String id, boolean accept) {
    get(caller, id);
    if (!caller.isClient()) {
      throw ApiException.forbidden("Only the client of training " + id + " answers for it.");
    }
    consent.answer(TrainingSubject.TYPE, id, accept, caller.userId(), "API");
    return get(caller, id);
  }

  private TrainingView view(long number, boolean withTimeline) {
    return view(trainings.find(number).orElseThrow(), withTimeline);
  }

  private TrainingView view(Training t, boolean withTimeline) {
    String id = TrainingIds.format(t.number());
    return TrainingView.of(id, t, quotes.latest(TrainingSubject.TYPE, id).orElse(null),
        withTimeline ? trainings.timeline(t.number()) : null);
  }


  private static ApiException notFound(String id) {
    return ApiException.notFound("No training " + id + ".");
  }
}
