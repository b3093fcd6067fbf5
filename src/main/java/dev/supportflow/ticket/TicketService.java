package dev.supportflow.ticket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supportflow.billing.ConsentService;
import dev.supportflow.billing.Quote;
import dev.supportflow.billing.QuoteRepository;
import dev.supportflow.client.ClientContract;
import dev.supportflow.client.ClientContractRepository;
import dev.supportflow.kb.KnowledgeBase;
import dev.supportflow.policy.DecisionTrail;
import dev.supportflow.policy.SupportFlowProperties;
import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import dev.supportflow.web.Paging;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Opens tickets (row + process, one transaction) and reads them for the callers allowed to see them. */
@Service
public class TicketService {

  private static final int KB_SUGGESTIONS = 3;

  private static final Logger log = LoggerFactory.getLogger(TicketService.class);

  private final TicketRepository tickets;
  private final ClientContractRepository contracts;
  private final TicketIntakeProcess intakeProcess;
  private final TicketIds ids;
  private final SupportFlowProperties properties;
  private final TransactionTemplate transaction;
  private final ObjectMapper objectMapper;
  private final Clock clock;
  private final DecisionTrail decisionTrail;
  private final KnowledgeBase knowledgeBase;
  private final TicketMetrics metrics;
  private final QuoteRepository quotes;
  private final ConsentService consents;

  TicketService(TicketRepository tickets, ClientContractRepository contracts, TicketIntakeProcess intakeProcess,
      TicketIds ids, SupportFlowProperties properties, TransactionTemplate transaction, ObjectMapper objectMapper,
      Clock clock, DecisionTrail decisionTrail, KnowledgeBase knowledgeBase, TicketMetrics metrics,
      QuoteRepository quotes, ConsentService consents) {
    this.tickets = tickets;
    this.contracts = contracts;
    this.intakeProcess = intakeProcess;
    this.ids = ids;
    this.properties = properties;
    this.transaction = transaction;
    this.objectMapper = objectMapper;
    this.clock = clock;
    this.decisionTrail = decisionTrail;
    this.knowledgeBase = knowledgeBase;
    this.metrics = metrics;
    this.quotes = quotes;
    this.consents = consents;
  }

  /** The ticket view, and whether this call created it (false: an idempotent replay). */
  public record Opened(TicketView ticket, boolean created) {}

  public Opened open(Caller caller, NewTicketRequest request, String idempotencyKey) {
    Timer.Sample sample = metrics.startIntake();
    Opened opened;
    try {
      opened = intake(caller, request, idempotencyKey);
    } catch (RuntimeException refused) {
      metrics.intakeDone(sample, null, "refused");
      throw refused;
    }
    TicketView ticket = opened.ticket();
    metrics.intakeDone(sample, ticket.tenant(), opened.created() ? "created" : "replayed");
    try (MDC.MDCCloseable ignored = TicketLogContext.put(ticket.id())) {
      if (opened.created()) {
        metrics.opened(ticket.tenant(), ticket.status());
        log.info("Opened {} for {} via {}: {}", ticket.id(), ticket.clientId(), ticket.channel(), ticket.status());
      } else {
        log.info("Replayed {} for Idempotency-Key of {}", ticket.id(), caller.userId());
      }
    }
    return opened;
  }

  private Opened intake(Caller caller, NewTicketRequest request, String idempotencyKey) {
    if (!caller.isClient() && !caller.isGateway()) {
      throw ApiException.forbidden("Only clients and channel gateways open tickets.");
    }
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
      throw ApiException.badRequest("Idempotency-Key", "must be 1 to 200 characters");
    }
    String tenant = tenantOf(caller, request.tenant());
    ClientContract contract = contractOf(caller, tenant, request.clientId());
    String clientId = contract.clientId();
    Instant now = clock.instant();
    Instant receivedAt = receivedAt(caller, request, now);
    String requestHash = hash(request);

    if (idempotencyKey != null) {
      Optional<Opened> replay = replay(caller, idempotencyKey, requestHash);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    Ticket draft = new Ticket(0, tenant, clientId, TicketStatus.OPEN, request.channel(), request.type(),
        request.topic(), request.symptom(), request.service(), request.product(), request.auctionInProgress(),
        request.subject().strip(), request.description(),
        request.remoteAccess() == null ? null : request.remoteAccess().tool(),
        request.remoteAccess() == null ? null : request.remoteAccess().id(), request.networkFolder(), receivedAt,
        null, null, null, null, null, null, null, null, false, null, caller.userId(), idempotencyKey, requestHash,
        now);
    try {
      long number = transaction.execute(status -> {
        long created = tickets.insert(draft);
        String id = ids.format(tenant, created);
        try (MDC.MDCCloseable ignored = TicketLogContext.put(id)) {
          tickets.addEvent(created, now, "RECEIVED", caller.userId(), "Canal " + request.channel());
          intakeProcess.start(id, draft, contract);
        }
        return created;
      });
      return new Opened(view(number, false), true);
    } catch (DuplicateKeyException raceOnIdempotencyKey) {
      return replay(caller, idempotencyKey, requestHash).orElseThrow(() -> raceOnIdempotencyKey);
    }
  }

  public TicketView get(Caller caller, String id) {
    long number = ids.parse(id).orElseThrow(() -> notFound(id));
    Ticket ticket = tickets.find(number).filter(t -> ids.format(t.tenant(), number).equals(id))
        .filter(t -> mayRead(caller, t)).orElseThrow(() -> notFound(id));
    return TicketView.of(id, ticket, suggestions(ticket), quote(id), tickets.timeline(number));
  }

  /** C-2: the decisions that shaped a ticket the caller may see. */
  public List<DecisionTrail.Decision> decisions(Caller caller, String id) {
    get(caller, id);
    return decisionTrail.forTicket(id);
  }

  /**
   * L-5: an analyst asks for direct contact between the client and a developer on an open ticket. The process
   * decides whether the plan grants it or the account manager must approve.
   */
  public TicketView requestDeveloperContact(Caller caller, String id, String reason) {
    if (!caller.isStaff()) {
      throw ApiException.forbidden("Only staff ask for developer contact.");
    }
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw ApiException.badRequest("reason", "must be 1 to 2000 characters");
    }
    TicketView ticket = get(caller, id);
    if (ticket.status() != TicketStatus.OPEN) {
      throw ApiException.conflict("Ticket " + id + " is " + ticket.status() + "; developer contact needs an open ticket.");
    }
    try {
      intakeProcess.requestDeveloperContact(id, reason.strip(), caller.userId());
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiException.conflict("Ticket " + id + " is not being worked on.");
    }
    return get(caller, id);
  }

  public List<TicketView> list(Caller caller, TicketStatus status, int page, int size) {
    Paging paging = new Paging(page, size);
    String tenant = caller.isAdmin() ? null : caller.tenantIds().stream().findFirst().orElse("");
    String clientId = caller.isClient() ? caller.userId() : null;
    return tickets.list(tenant, clientId, status, paging).stream()
        .map(t -> {
          String id = ids.format(t.tenant(), t.number());
          return TicketView.of(id, t, suggestions(t), quote(id), null);
        })
        .toList();
  }

  private Optional<Opened> replay(Caller caller, String idempotencyKey, String requestHash) {
    return tickets.findByIdempotencyKey(caller.userId(), idempotencyKey).map(existing -> {
      if (!existing.requestHash().equals(requestHash)) {
        throw ApiException.conflict("Idempotency-Key " + idempotencyKey
            + " was already used with another request body.");
      }
      return new Opened(view(existing.number(), false), false);
    });
  }

  private TicketView view(long number, boolean withTimeline) {
    Ticket ticket = tickets.find(number).orElseThrow();
    String id = ids.format(ticket.tenant(), number);
    return TicketView.of(id, ticket, suggestions(ticket), quote(id), withTimeline ? tickets.timeline(number) : null);
  }

  /**
   * L-4.3: the client (or a gateway relaying the client's answer) accepts or declines the quote for out-of-hours
   * work; 409 when no quote waits.
   */
  public TicketView answerQuote(Caller caller, String id, boolean accept) {
    if (!caller.isClient() && !caller.isGateway()) {
      throw ApiException.forbidden("Only the client answers a quote.");
    }
    TicketView ticket = get(caller, id);
    consents.answer(TicketBillableSubject.TYPE, id, accept, caller.userId(), caller.isGateway() ? "GATEWAY" : "API");
    return get(caller, ticket.id());
  }

  private Quote quote(String ticketId) {
    return quotes.latest(TicketBillableSubject.TYPE, ticketId).orElse(null);
  }

  /** O-7: the knowledge-base articles of the ticket's tenant that best match what the client wrote. */
  private List<TicketView.KbSuggestion> suggestions(Ticket ticket) {
    String text = ticket.description() == null ? ticket.subject() : ticket.subject() + "\n" + ticket.description();
    return knowledgeBase.search(ticket.tenant(), text, KB_SUGGESTIONS).stream()
        .map(match -> new TicketView.KbSuggestion(match.id(), match.title(), match.url()))
        .toList();
  }

  private String tenantOf(Caller caller, String requested) {
    if (requested != null) {
      if (!properties.tenants().containsKey(requested)) {
        throw ApiException.badRequest("tenant", "unknown tenant '" + requested + "'");
      }
      if (!caller.belongsTo(requested)) {
        throw ApiException.forbidden("You do not belong to tenant " + requested + ".");
      }
      return requested;
    }
    if (caller.tenantIds().size() != 1) {
      throw ApiException.badRequest("tenant", "required: you belong to more than one tenant");
    }
    return caller.tenantIds().iterator().next();
  }

  /** The contract of the client the ticket is for: the caller itself, or the client a gateway names. */
  private ClientContract contractOf(Caller caller, String tenant, String requested) {
    if (caller.isGateway()) {
      if (requested == null || requested.isBlank()) {
        throw ApiException.badRequest("clientId", "required for a gateway");
      }
      return contracts.find(requested).filter(c -> c.tenant().equals(tenant))
          .orElseThrow(() -> ApiException.badRequest("clientId", "no client '" + requested + "' in " + tenant));
    }
    if (requested != null) {
      throw ApiException.forbidden("Only channel gateways may set clientId.");
    }
    return contracts.find(caller.userId()).filter(c -> c.tenant().equals(tenant))
        .orElseThrow(() -> ApiException.forbidden("You have no support contract with " + tenant + "."));
  }

  private static Instant receivedAt(Caller caller, NewTicketRequest request, Instant now) {
    if (request.receivedAt() == null) {
      return now;
    }
    if (!caller.isGateway()) {
      throw ApiException.forbidden("Only channel gateways may set receivedAt.");
    }
    Instant receivedAt = request.receivedAt().toInstant();
    if (receivedAt.isAfter(now)) {
      throw ApiException.badRequest("receivedAt", "must not be in the future");
    }
    return receivedAt;
  }

  private boolean mayRead(Caller caller, Ticket ticket) {
    if (caller.isAdmin()) {
      return true;
    }
    if (!caller.belongsTo(ticket.tenant())) {
      return false;
    }
    return !caller.isClient() || ticket.clientId().equals(caller.userId());
  }

  private String hash(NewTicketRequest request) {
    try {
      byte[] canonical = objectMapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash the request", e);
    }
  }

  private static ApiException notFound(String id) {
    return ApiException.notFound("No ticket " + id + ".");
  }
}
