package dev.supportflow.intervention;

import dev.supportflow.billing.ConsentService;
import dev.supportflow.billing.Quote;
import dev.supportflow.billing.QuoteRepository;
import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.client.ClientContract;
import dev.supportflow.client.ClientContractRepository;
import dev.supportflow.clientrecord.ClientRecordService;
import dev.supportflow.clientrecord.TimelineEntry;
import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests interventions (row + process, one transaction). Reads and the answer to a quote are
 * every client record's ({@link ClientRecordService}).
 */
@Service
public class InterventionService
    extends ClientRecordService<Intervention, InterventionStatus, InterventionView> {

  private final InterventionRepository interventions;
  private final ClientContractRepository contracts;
  private final InterventionProcess process;
  private final BusinessCalendars calendars;
  private final TransactionTemplate transaction;
  private final Clock clock;

  InterventionService(
      InterventionRepository interventions,
      QuoteRepository quotes,
      ConsentService consents,
      ClientContractRepository contracts,
      InterventionProcess process,
      BusinessCalendars calendars,
      TransactionTemplate transaction,
      Clock clock) {
    super(interventions, quotes, consents);
    this.interventions = interventions;
    this.contracts = contracts;
    this.process = process;
    this.calendars = calendars;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * O-9: a client asks for an intervention on a future date; the process decides whether it is
   * billed.
   */
  public InterventionView request(Caller caller, NewInterventionRequest request) {
    ClientContract contract = contracts.ofRequestingClient(caller, "interventions");
    Instant now = clock.instant();
    Instant preferred =
        request.preferredDate().toInstant(calendars.forTenant(contract.tenant()).zone());
    if (!preferred.isAfter(now)) {
      throw ApiException.badRequest(
          "preferredDate", "must be in the future: interventions are scheduled in advance");
    }
    String notes =
        request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
    long number =
        transaction.execute(
            status -> {
              long created =
                  interventions.insert(
                      contract.tenant(),
                      contract.clientId(),
                      request.kind(),
                      preferred,
                      notes,
                      request.estimatedHours(),
                      caller.userId(),
                      now);
              interventions.addEvent(
                  created, now, "REQUESTED", caller.userId(), request.kind().name());
              process.start(
                  Intervention.TYPE.id(contract.tenant(), created),
                  interventions.find(created).orElseThrow(),
                  contract);
              return created;
            });
    return view(number, false);
  }

  @Override
  protected InterventionView view(
      String id, Intervention i, Quote quote, List<TimelineEntry> timeline) {
    return InterventionView.of(id, i, quote, timeline);
  }
}
