package dev.supportflow.meeting;

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
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meeting requests (L-6.1–L-6.3): the row and its process start in one transaction; the client
 * insists on a refused meeting. Reads and the answer to a quote are every client record's ({@link
 * ClientRecordService}).
 */
@Service
public class MeetingService extends ClientRecordService<Meeting, MeetingStatus, MeetingView> {

  private final MeetingRepository meetings;
  private final ClientContractRepository contracts;
  private final MeetingRequestProcess process;
  private final BusinessCalendars calendars;
  private final TransactionTemplate transaction;
  private final Clock clock;

  MeetingService(
      MeetingRepository meetings,
      QuoteRepository quotes,
      ConsentService consents,
      ClientContractRepository contracts,
      MeetingRequestProcess process,
      BusinessCalendars calendars,
      TransactionTemplate transaction,
      Clock clock) {
    super(meetings, quotes, consents);
    this.meetings = meetings;
    this.contracts = contracts;
    this.process = process;
    this.calendars = calendars;
    this.transaction = transaction;
    this.clock = clock;
  }

  public MeetingView request(Caller caller, NewMeetingRequest request) {
    ClientContract contract = contracts.ofRequestingClient(caller, "meetings");
    Instant now = clock.instant();
    Instant proposedStart =
        request.proposedStart().toInstant(calendars.forTenant(contract.tenant()).zone());
    if (!proposedStart.isAfter(now)) {
      throw ApiException.badRequest("proposedStart", "must be in the future");
    }
    long number =
        transaction.execute(
            status -> {
              long created =
                  meetings.insert(
                      contract.tenant(),
                      contract.clientId(),
                      request.agenda().strip(),
                      proposedStart,
                      request.durationMinutes(),
                      caller.userId(),
                      now);
              meetings.addEvent(
                  created, now, "REQUESTED", caller.userId(), request.durationMinutes() + " min");
              process.start(
                  Meeting.TYPE.id(contract.tenant(), created),
                  meetings.find(created).orElseThrow(),
                  contract,
                  now);
              return created;
            });
    return view(number, false);
  }

  /**
   * L-6.2: the client insists on a meeting the supervisor refused; the account manager quotes
   * consulting hours.
   */
  public MeetingView insist(Caller caller, String id) {
    MeetingView meeting = get(caller, id);
    if (!caller.isClient()) {
      throw ApiException.forbidden("Only the client of meeting " + id + " answers for it.");
    }
    if (meeting.status() != MeetingStatus.REJECTED) {
      throw ApiException.conflict(
          "Meeting "
              + id
              + " is "
              + meeting.status()
              + "; only a refused meeting can be insisted on.");
    }
    try {
      process.insist(id, caller.userId());
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiException.conflict("Meeting " + id + " cannot be insisted on: " + meeting.reason());
    }
    return get(caller, id);
  }

  @Override
  protected MeetingView view(String id, Meeting m, Quote quote, List<TimelineEntry> timeline) {
    return MeetingView.of(id, m, quote, timeline);
  }
}
