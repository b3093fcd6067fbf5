package dev.supportflow.mail;

import dev.supportflow.clientrecord.Timeline;
import dev.supportflow.ticket.TicketIds;
import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox after commit, on every node, a batch at a time: each due message is claimed by
 * one node (a conditional update; a batch's claims in one commit), the batch is sent over one SMTP
 * connection and its outcomes recorded in one commit. A message sent is SENT; a failure is retried
 * with a doubling back-off, and after the last attempt, or at once when the server refuses the
 * address for good, the message is FAILED with the reason. A node that dies while sending leaves
 * claims that expire ({@code claim-timeout}), and another node sends those messages; one the dead
 * node had already handed to the server goes again, with the same Message-ID.
 */
@Component
public class OutboxJob {

  private static final Logger log = LoggerFactory.getLogger(OutboxJob.class);

  private final OutboxRepository repository;
  private final MailServers servers;
  private final MailSettings settings;
  private final TicketIds tickets;
  private final Timeline timeline;
  private final TransactionTemplate transaction;
  private final Clock clock;

  OutboxJob(
      OutboxRepository repository,
      MailServers servers,
      MailSettings settings,
      TicketIds tickets,
      Timeline timeline,
      TransactionTemplate transaction,
      Clock clock) {
    this.repository = repository;
    this.servers = servers;
    this.settings = settings;
    this.tickets = tickets;
    this.timeline = timeline;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${supportflow.mail.outbox.poll-interval}",
      initialDelayString = "${supportflow.mail.outbox.poll-interval}")
  void poll() {
    if (servers.sending()) {
      try {
        sendDue();
      } catch (RuntimeException e) {
        log.warn("Outbox: sending stopped for this round", e);
      }
    }
  }

  /**
   * Sends what is due now, a batch at a time, until a batch comes back short or with a failure;
   * returns how many messages were sent.
   */
  public int sendDue() {
    int batchSize = settings.outbox().batchSize();
    int sent = 0;
    while (true) {
      List<OutboxRepository.Pending> claimed = claimBatch(batchSize);
      if (claimed.isEmpty()) {
        return sent;
      }
      int batchSent = send(claimed);
      sent += batchSent;
      if (claimed.size() < batchSize || batchSent < claimed.size()) {
        return sent;
      }
    }
  }

  /**
   * Claims up to a batch of due messages for this node in one commit. Each claim is a conditional
   * update, taken in id order, so of two nodes asking at once exactly one gets a message and
   * neither waits on the other for long.
   */
  private List<OutboxRepository.Pending> claimBatch(int batchSize) {
    Duration claimTimeout = settings.outbox().claimTimeout();
    return transaction.execute(
        status -> {
          Instant now = clock.instant();
          List<Long> ours =
              repository.due(now, batchSize).stream()
                  .filter(id -> repository.claim(id, now, now.plus(claimTimeout)))
                  .toList();
          return repository.pending(ours);
        });
  }

  /**
   * Sends the claimed messages over one SMTP connection, then records every outcome in one commit;
   * returns how many were sent.
   */
  private int send(List<OutboxRepository.Pending> claimed) {
    JavaMailSenderImpl sender = servers.sender();
    Map<OutboxRepository.Pending, Exception> failures = new LinkedHashMap<>();
    Map<MimeMessage, OutboxRepository.Pending> messages = new LinkedHashMap<>();
    for (OutboxRepository.Pending mail : claimed) {
      try {
        messages.put(message(sender.getSession(), mail), mail);
      } catch (MessagingException e) {
        failures.put(mail, e);
      }
    }
    if (!messages.isEmpty()) {
      try {
        sender.send(messages.keySet().toArray(MimeMessage[]::new));
      } catch (MailSendException e) {
        // Spring names each message that failed; one that is not named was sent.
        Map<Object, Exception> failed = e.getFailedMessages();
        messages.forEach(
            (message, mail) -> {
              if (failed.isEmpty()) {
                failures.put(mail, e);
              } else if (failed.containsKey(message)) {
                failures.put(mail, failed.get(message));
              }
            });
      } catch (MailException e) {
        messages.values().forEach(mail -> failures.put(mail, e));
      }
    }
    List<OutboxRepository.Pending> sent =
        claimed.stream().filter(mail -> !failures.containsKey(mail)).toList();
    transaction.executeWithoutResult(
        status -> {
          repository.sent(
              sent.stream().map(OutboxRepository.Pending::id).toList(), clock.instant());
          sent.forEach(
              mail ->
                  onTicketTimeline(mail, "EMAIL_SENT", mail.kind() + " para " + mail.recipient()));
          failures.forEach(this::failed);
        });
    return sent.size();
  }

  private void failed(OutboxRepository.Pending mail, Exception e) {
    String reason = reason(e);
    if (permanent(e) || mail.attempts() >= settings.outbox().maxAttempts()) {
      repository.failed(mail.id(), reason);
      onTicketTimeline(
          mail, "EMAIL_FAILED", mail.kind() + " para " + mail.recipient() + ": " + reason);
      log.warn(
          "Mail {} to {} FAILED after {} attempts: {}",
          mail.id(),
          mail.recipient(),
          mail.attempts(),
          reason);
      return;
    }
    Instant next = clock.instant().plus(backOff(mail.attempts()));
    repository.retryAt(mail.id(), next, reason);
    log.info(
        "Mail {} not sent (attempt {}), retry at {}: {}", mail.id(), mail.attempts(), next, reason);
  }

  /** A mail about a ticket shows on its timeline, so the whole exchange is read in one place. */
  private void onTicketTimeline(OutboxRepository.Pending mail, String kind, String detail) {
    if (mail.reference() != null) {
      tickets
          .type()
          .number(mail.reference())
          .ifPresent(
              number -> timeline.add(tickets.type(), number, clock.instant(), kind, null, detail));
    }
  }

  /** first-retry, doubled per attempt, at most max-retry. */
  Duration backOff(int attempts) {
    Duration first = settings.outbox().firstRetry();
    Duration max = settings.outbox().maxRetry();
    Duration wait = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    return wait.compareTo(max) > 0 ? max : wait;
  }

  private MimeMessage message(Session session, OutboxRepository.Pending mail)
      throws MessagingException {
    MimeMessage message = new OutboxMessage(session, messageId(mail));
    MimeMessageHelper helper = new Helper(message, mail.html() != null);
    MailSettings.Mailbox from = settings.mailbox(mail.tenant());
    if (from != null) {
      helper.setFrom(from.address());
    } else if (settings.smtp().username() != null && !settings.smtp().username().isBlank()) {
      helper.setFrom(settings.smtp().username());
    }
    helper.setTo(new InternetAddress(mail.recipient(), true));
    helper.setSubject(mail.subject());
    if (mail.html() != null) {
      helper.setText(mail.text(), mail.html());
    } else {
      helper.setText(mail.text());
    }
    // RFC 3834: an automatic message, so auto-responders (and our own inbound reader) never answer.
    message.setHeader("Auto-Submitted", "auto-generated");
    return message;
  }

  private static String messageId(OutboxRepository.Pending mail) {
    return "<outbox-" + mail.id() + "." + mail.tenant() + "@supportflow>";
  }

  private static boolean permanent(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AddressException) {
        return true;
      }
      if (t instanceof SendFailedException failed
          && failed.getInvalidAddresses() != null
          && failed.getInvalidAddresses().length > 0) {
        return true;
      }
      if (t instanceof MailSendException send) {
        for (Exception each : send.getFailedMessages().values()) {
          if (permanent(each)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String reason(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String top = e.getClass().getSimpleName() + ": " + e.getMessage();
    return root == e
        ? top
        : top + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
  }

  /**
   * Spring's helper with one shared file-type map: its own builds a new one, reading {@code
   * mime.types} from the jar, for every message.
   */
  private static final class Helper extends MimeMessageHelper {

    private static final FileTypeMap FILE_TYPES = fileTypes();

    Helper(MimeMessage message, boolean multipart) throws MessagingException {
      super(message, multipart, "UTF-8");
    }

    @Override
    protected FileTypeMap getDefaultFileTypeMap(MimeMessage message) {
      return FILE_TYPES;
    }

    private static FileTypeMap fileTypes() {
      ConfigurableMimeFileTypeMap fileTypes = new ConfigurableMimeFileTypeMap();
      fileTypes.afterPropertiesSet();
      return fileTypes;
    }
  }

  /** Keeps its Message-ID through {@code saveChanges()}, so a resent message is the same one. */
  private static final class OutboxMessage extends MimeMessage {

    private final String id;

    OutboxMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
