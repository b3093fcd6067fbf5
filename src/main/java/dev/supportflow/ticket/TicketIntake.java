package dev.supportflow.ticket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supportflow.client.ClientContract;
import dev.supportflow.client.ClientContractRepository;
import dev.supportflow.policy.SupportFlowProperties;
import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens tickets: checks who calls (client or gateway, tenant, contract), and in one transaction
 * inserts the row and its first timeline entry and starts {@code ticket-intake}. A repeated {@code
 * Idempotency-Key} with the same body returns the ticket it opened.
 */
@Service
public class TicketIntake {

  private static final Logger log = LoggerFactory.getLogger(TicketIntake.class);

  private final TicketRepository tickets;
  private final TicketReads reads;
  private final ClientContractRepository contracts;
  private final TicketIntakeProcess intakeProcess;
  private final SupportFlowProperties properties;
  private final TransactionTemplate transaction;
  private final ObjectMapper objectMapper;
  private final Clock clock;
  private final TicketMetrics metrics;
  private final ApplicationEventPublisher events;

  TicketIntake(
      TicketRepository tickets,
      TicketReads reads,
      ClientContractRepository contracts,
      TicketIntakeProcess intakeProcess,
      SupportFlowProperties properties,
      TransactionTemplate transaction,
      ObjectMapper objectMapper,
      Clock clock,
      TicketMetrics metrics,
      ApplicationEventPublisher events) {
    this.tickets = tickets;
    this.reads = reads;
    this.contracts = contracts;
    this.intakeProcess = intakeProcess;
    this.properties = properties;
    this.transaction = transaction;
    this.objectMapper = objectMapper;
    this.clock = clock;
    this.metrics = metrics;
    this.events = events;
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
        log.info(
            "Opened {} for {} via {}: {}",
            ticket.id(),
            ticket.clientId(),
            ticket.channel(),
            ticket.status());
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
    Instant now = clock.instant();
    Instant receivedAt = receivedAt(caller, request, now);
    String requestHash = hash(request);

    if (idempotencyKey != null) {
      Optional<Opened> replay = replay(caller, idempotencyKey, requestHash);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    Ticket draft =
        Ticket.builder()
            .tenant(tenant)
            .clientId(contract.clientId())
            .status(TicketStatus.OPEN)
            .channel(request.channel())
            .type(request.type())
            .topic(request.topic())
            .symptom(request.symptom())
            .service(request.service())
            .product(request.product())
            .auctionInProgress(request.auctionInProgress())
            .subject(request.subject().strip())
            .description(request.description())
            .remoteAccessTool(request.remoteAccess() == null ? null : request.remoteAccess().tool())
            .remoteAccessId(request.remoteAccess() == null ? null : request.remoteAccess().id())
            .networkFolder(request.networkFolder())
            .receivedAt(receivedAt)
            .createdBy(caller.userId())
            .idempotencyKey(idempotencyKey)
            .requestHash(requestHash)
            .createdAt(now)
            .build();
    try {
      TicketView opened =
          transaction.execute(
              status -> {
                long created = tickets.insert(draft);
                String id = tickets.recordType().id(tenant, created);
                try (MDC.MDCCloseable ignored = TicketLogContext.put(id)) {
                  tickets.addEvent(
                      created, now, "RECEIVED", caller.userId(), "Canal " + request.channel());
                  intakeProcess.start(id, draft, contract);
                  TicketView view = reads.created(created);
                  events.publishEvent(new TicketReceived(view));
                  return view;
                }
              });
      return new Opened(opened, true);
    } catch (DuplicateKeyException raceOnIdempotencyKey) {
      return replay(caller, idempotencyKey, requestHash).orElseThrow(() -> raceOnIdempotencyKey);
    }
  }

  private Optional<Opened> replay(Caller caller, String idempotencyKey, String requestHash) {
    return tickets
        .findByIdempotencyKey(caller.userId(), idempotencyKey)
        .map(
            existing -> {
              if (!existing.requestHash().equals(requestHash)) {
                throw ApiException.conflict(
                    "Idempotency-Key "
                        + idempotencyKey
                        + " was already used with another request body.");
              }
              return new Opened(reads.created(existing.number()), false);
            });
  }

  private String tenantOf(Caller caller, String requested) {
    if (requested != null && !properties.tenants().containsKey(requested)) {
      throw ApiException.badRequest("tenant", "unknown tenant '" + requested + "'");
    }
    return caller.tenantFor(requested);
  }

  /**
   * The contract of the client the ticket is for: the caller itself, or the client a gateway names.
   */
  private ClientContract contractOf(Caller caller, String tenant, String requested) {
    if (caller.isGateway()) {
      if (requested == null || requested.isBlank()) {
        throw ApiException.badRequest("clientId", "required for a gateway");
      }
      return contracts
          .find(requested)
          .filter(c -> c.tenant().equals(tenant))
          .orElseThrow(
              () ->
                  ApiException.badRequest(
                      "clientId", "no client '" + requested + "' in " + tenant));
    }
    if (requested != null) {
      throw ApiException.forbidden("Only channel gateways may set clientId.");
    }
    return contracts
        .find(caller.userId())
        .filter(c -> c.tenant().equals(tenant))
        .orElseThrow(
            () -> ApiException.forbidden("You have no support contract with " + tenant + "."));
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

  private String hash(NewTicketRequest request) {
    try {
      byte[] canonical = objectMapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash the request", e);
    }
  }
}
