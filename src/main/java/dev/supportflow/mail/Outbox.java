package dev.supportflow.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every e-mail starts: a row written in the transaction of the change that causes it (so a
 * rolled-back change sends nothing), sent after the commit by {@link OutboxJob}.
 */
@Service
public class Outbox {

  private final OutboxRepository repository;
  private final Clock clock;

  Outbox(OutboxRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** One message to one recipient; {@code reference} names what it is about (a ticket id…). */
  public record OutgoingMail(
      String tenant,
      String kind,
      String reference,
      String recipient,
      MailTemplates.Rendered body) {}

  /** Where a message is: PENDING (also while retrying), SENDING, SENT or FAILED with the reason. */
  public record MailState(
      long id,
      String tenant,
      String kind,
      String reference,
      String recipient,
      String subject,
      String status,
      int attempts,
      Instant createdAt,
      Instant sentAt,
      String error) {}

  /** Writes the message in the caller's transaction, which must exist; returns its id. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long enqueue(OutgoingMail mail) {
    Instant now = clock.instant();
    return repository.insert(mail, now, now);
  }

  /** As {@link #enqueue(OutgoingMail)}, held until {@code notBefore}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long enqueue(OutgoingMail mail, Instant notBefore) {
    Instant now = clock.instant();
    return repository.insert(mail, now, notBefore.isAfter(now) ? notBefore : now);
  }

  public Map<Long, MailState> states(Collection<Long> ids) {
    return repository.states(ids).stream()
        .collect(Collectors.toMap(MailState::id, Function.identity()));
  }

  /** The tenant's messages in this status, newest first. */
  public List<MailState> inStatus(String tenant, String status, int limit) {
    return repository.inStatus(tenant, status, limit);
  }

  public List<MailState> about(String reference) {
    return repository.about(reference);
  }
}
