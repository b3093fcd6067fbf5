package dev.supportflow.meeting;

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
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meeting requests (L-6.1–L-6.3): the row and its process start in one transaction; reads, insistence and the
 * answer to a quote check that the caller may act on the meeting (C-5: another client's meeting is a 404).
 */
@Service
public class MeetingService {

  private final MeetingRepository meetings;
  private final ClientContractRepository contracts;
  private final MeetingRequestProcess process;
  private final QuoteRepository quotes;
  private final ConsentService consent;
  private final BusinessCalendars calendars;
  private final TransactionTemplate transaction;
  private final Clock clock;

  MeetingService(MeetingRepository meetings, ClientContractRepository contracts, MeetingRequestProcess process,
      QuoteRepository quotes, ConsentService consent, BusinessCalendars calendars, TransactionTemplate transaction,
      Clock clock) {
    this.meetings = meetings;
    this.contracts = contracts;
    this.process = process;
    this.quotes = quotes;
    this.consent = consent;
    this.calendars = calendars;
    this.transaction = transaction;
    this.clock = clock;
  }

  public MeetingView request(Caller caller, NewMeetingRequest request) {
    ClientContract contract = contractOf(caller);
    Instant now = clock.instant();
    Instant proposedStart = request.proposedStart().toInstant(calendars.forTenant(contract.tenant()).zone());
    if (!proposedStart.isAfter(now)) {
      throw ApiException.badRequest("proposedStart", "must be in the future");
    }
    Meeting draft = new Meeting(0, contract.tenant(), contract.clientId(), MeetingStatus.PENDING_APPROVAL,
        request.agenda().strip(), proposedStart, request.durationMinutes(), null, null, caller.userId(), now);
    long number = transaction.execute(status -> {
      long created = meetings.insert(draft);
      meetings.addEvent(created, now, "REQUESTED", caller.userId(), request.durationMinutes() + " min");
      process.start(MeetingIds.format(created), draft, contract, now);
      return created;
    });
    return view(number, false);
  }

  public MeetingView get(Caller caller, String id) {
    long number = MeetingIds.parse(id).orElseThrow(() -> notFound(id));
    meetings.find(number).filter(m -> caller.mayRead(m.tenant(), m.clientId())).orElseThrow(() -> notFound(id));
    return view(number, true);
  }

  /** The meetings the caller may read ({@link Caller#readScope}), newest first, one page. */
  public List<MeetingView> list(Caller caller, MeetingStatus status, int page, int size) {
    Paging paging = new Paging(page, size);
    return caller.readScope().map(scope -> meetings.list(scope.tenant(), scope.clientId(), status, paging))
        .orElse(List.of()).stream()
        .map(m -> view(m, false))
        .toList();
  }

  /** L-6.2: the client insists on a meeting the supervisor refused; the account manager quotes consulting hours. */
  public MeetingView insist(Caller caller, String id) {
    MeetingView meeting = ownMeeting(caller, id);
    if (meeting.status() != MeetingStatus.REJECTED) {
      throw ApiException.conflict("Meeting " + id + " is " + meeting.status() + "; only a refused meeting can be insisted on.");
    }
    try {
      process.insist(id, caller.userId());
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiException.conflict("Meeting " + id + " cannot be insisted on: " + meeting.reason());
    }
    return get(caller, id);
  }

  /** The client's answer to the meeting's quote (L-6.2, L-6.3). */
  public MeetingView answer(Caller caller, String id, boolean accept) {
    ownMeeting(caller, id);
    consent.answer(MeetingSubject.TYPE, id, accept, caller.userId(), "API");
    return get(caller, id);
  }

  private MeetingView ownMeeting(Caller caller, String id) {
    MeetingView meeting = get(caller, id);
    if (!caller.isClient()) {
      throw ApiException.forbidden("Only the client of meeting " + id + " answers for it.");
    }
    return meeting;
  }

  private MeetingView view(long number, boolean withTimeline) {
    return view(meetings.find(number).orElseThrow(), withTimeline);
  }

  private MeetingView view(Meeting m, boolean withTimeline) {
    String id = MeetingIds.format(m.number());
    return MeetingView.of(id, m, quotes.latest(MeetingSubject.TYPE, id).orElse(null),
        withTimeline ? meetings.timeline(m.number()) : null);
  }

  private ClientContract contractOf(Caller caller) {
    if (!caller.isClient()) {
      throw ApiException.forbidden("Only clients request meetings.");
    }
    return contracts.ofCaller(caller)
        .orElseThrow(() -> ApiException.forbidden("You have no support contract."));
  }


  private static ApiException notFound(String id) {
    return ApiException.notFound("No meeting " + id + ".");
  }
}
