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
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox after commit, on every node: each due message is claimed by one node (a
 * conditional update), sent over SMTP and marked SENT; a failure is retried with a doubling
 * back-off, and after the last attempt, or at once when the server refuses the address for good,
 * the message is FAILED with the reason. A node that dies while sending leaves a claim that expires
 * ({@code claim-timeout}), and another node sends the message.
 */
@Component
public class OutboxJob {

  private static final Logger log = LoggerFactory.getLogger(OutboxJob.class);

  private final OutboxRepository repository;
  private final MailServers servers;
  private final MailSettings settings;
  private final TicketIds tickets;
  private final Timeline timeline;
  private final Clock clock;

  OutboxJob(
      OutboxRepository repository,
      MailServers servers,
      MailSettings settings,
      TicketIds tickets,
      Timeline timeline,
      Clock clock) {
    this.repository = repository;
    this.servers = servers;
    this.settings = settings;
    this.tickets = tickets;
    this.timeline = timeline;
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

  /** Sends what is due now; returns how many messages were sent. */
  public int sendDue() {
    MailSettings.Outbox outbox = settings.outbox();
    List<Long> due = repository.due(clock.instant(), outbox.batchSize());
    if (due.isEmpty()) {
      return 0;
    }
    JavaMailSenderImpl sender = servers.sender();
    int sent = 0;
    for (long id : due) {
      Instant now = clock.instant();
      if (!repository.claim(id, now, now.plus(outbox.claimTimeout()))) {
        continue; // another node has it
      }
      OutboxRepository.Pending mail = repository.pending(id);
      try {
        sender.send(message(sender.getSession(), mail));
        repository.sent(id, clock.instant());
        onTicketTimeline(mail, "EMAIL_SENT", mail.kind() + " para " + mail.recipient());
        sent++;
      } catch (MailException | MessagingException e) {
        failed(mail, e);
      }
    }
    return sent;
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
