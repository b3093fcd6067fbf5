package dev.supportflow.training;

import dev.supportflow.billing.ConsentService;
import dev.supportflow.billing.Quote;
import dev.supportflow.billing.QuoteRepository;
import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.client.ClientContract;
import dev.supportflow.client.ClientContractRepository;
import dev.supportflow.clientrecord.ClientRecordService;
import dev.supportflow.clientrecord.TimelineEntry;
import dev.supportflow.security.Caller;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Training requests (L-6.4, O-11). The part of the hours the plan's balance still covers is booked
 * first, in a short transaction of its own; then the row and the process start together. Whatever
 * is beyond the balance is quoted; if the client declines (or the quote expires) the booked part
 * goes back to the balance. If starting the training fails, the booked hours go back at once. Reads
 * and the answer to the quote are every client record's ({@link ClientRecordService}).
 */
@Service
public class TrainingService extends ClientRecordService<Training, TrainingStatus, TrainingView> {

  private final TrainingRepository trainings;
  private final TrainingBalance balance;
  private final ClientContractRepository contracts;
  private final TrainingRequestProcess process;
  private final BusinessCalendars calendars;
  private final TransactionTemplate transaction;
  private final Clock clock;

  TrainingService(
      TrainingRepository trainings,
      QuoteRepository quotes,
      ConsentService consents,
      TrainingBalance balance,
      ClientContractRepository contracts,
      TrainingRequestProcess process,
      BusinessCalendars calendars,
      TransactionTemplate transaction,
      Clock clock) {
    super(trainings, quotes, consents);
    this.trainings = trainings;
    this.balance = balance;
    this.contracts = contracts;
    this.process = process;
    this.calendars = calendars;
    this.transaction = transaction;
    this.clock = clock;
  }

  public TrainingView request(Caller caller, NewTrainingRequest request) {
    ClientContract contract = contracts.ofRequestingClient(caller, "trainings");
    Instant now = clock.instant();
    BigDecimal hours = request.hours();
    Instant preferred =
        request.preferredDate().toInstant(calendars.forTenant(contract.tenant()).zone());
    BigDecimal booked = balance.book(contract.clientId(), contract.trainingHoursIncluded(), hours);
    BigDecimal excess = hours.subtract(booked);
    try {
      long number =
          transaction.execute(
              status -> {
                long created =
                    trainings.insert(
                        contract.tenant(),
                        contract.clientId(),
                        request.topic().strip(),
                        hours,
                        booked,
                        excess,
                        preferred,
                        caller.userId(),
                        now);
                trainings.addEvent(
                    created,
                    now,
                    "REQUESTED",
                    caller.userId(),
                    "%s h: %s h do saldo do plano, %s h além do saldo"
                        .formatted(hours, booked, excess));
                process.start(
                    Training.TYPE.id(contract.tenant(), created),
                    trainings.find(created).orElseThrow(),
                    contract);
                return created;
              });
      return view(number, false);
    } catch (RuntimeException failed) {
      balance.release(contract.clientId(), booked);
      throw failed;
    }
  }

  @Override
  protected TrainingView view(String id, Training t, Quote quote, List<TimelineEntry> timeline) {
    return TrainingView.of(id, t, quote, timeline);
  }
}
