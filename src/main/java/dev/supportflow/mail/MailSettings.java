package dev.supportflow.mail;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code supportflow.mail.*} settings: the SMTP server mail leaves through, the IMAP server the
 * tenants' support mailboxes are read from, and whether the embedded server of the default profile
 * runs. A blank SMTP host turns sending off (messages wait in the outbox); a blank IMAP host turns
 * reading off.
 */
@ConfigurationProperties("supportflow.mail")
public record MailSettings(
    boolean embedded,
    Smtp smtp,
    Imap imap,
    Outbox outbox,
    Inbound inbound,
    Map<String, Mailbox> mailboxes) {

  public record Smtp(String host, int port, String username, String password, boolean starttls) {

    boolean configured() {
      return host != null && !host.isBlank();
    }
  }

  public record Imap(String host, int port, boolean ssl) {

    boolean configured() {
      return host != null && !host.isBlank();
    }
  }

  /**
   * How the outbox job works: how often it looks, how many attempts a message gets and the back-off
   * between them (doubling from {@code firstRetry} up to {@code maxRetry}).
   */
  public record Outbox(
      Duration pollInterval,
      int batchSize,
      int maxAttempts,
      Duration firstRetry,
      Duration maxRetry,
      Duration claimTimeout) {}

  /** How the support mailboxes are read; mail bodies beyond {@code maxTextChars} are cut. */
  public record Inbound(
      Duration pollInterval, int maxMessagesPerPoll, int unknownSenderReplyHours) {}

  /** A tenant's support mailbox: the address clients write to, and its IMAP login. */
  public record Mailbox(String address, String username, String password) {}

  Mailbox mailbox(String tenant) {
    Mailbox mailbox = mailboxes == null ? null : mailboxes.get(tenant);
    if (mailbox == null || mailbox.address() == null || mailbox.address().isBlank()) {
      return null;
    }
    return mailbox;
  }
}
