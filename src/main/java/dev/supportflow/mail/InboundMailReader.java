package dev.supportflow.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads each tenant's support mailbox over IMAP, on every node: the unread e-mails, each handed to
 * {@link InboundMail} and then flagged as read. Nothing is deleted, so an e-mail that could not be
 * taken is still in the mailbox for a person to read. An e-mail that fails is recorded and never
 * stops the others.
 */
@Component
public class InboundMailReader {

  private static final Logger log = LoggerFactory.getLogger(InboundMailReader.class);

  private final MailServers servers;
  private final MailSettings settings;
  private final InboundMail inbound;

  InboundMailReader(MailServers servers, MailSettings settings, InboundMail inbound) {
    this.servers = servers;
    this.settings = settings;
    this.inbound = inbound;
  }

  @Scheduled(
      fixedDelayString = "${supportflow.mail.inbound.poll-interval}",
      initialDelayString = "${supportflow.mail.inbound.poll-interval}")
  void poll() {
    if (servers.reading()) {
      readAll();
    }
  }

  /** Reads every tenant's mailbox once; returns how many e-mails this node took. */
  public int readAll() {
    int taken = 0;
    for (Map.Entry<String, MailSettings.Mailbox> entry : settings.mailboxes().entrySet()) {
      MailSettings.Mailbox mailbox = settings.mailbox(entry.getKey());
      if (mailbox != null) {
        try {
          taken += read(entry.getKey(), mailbox);
        } catch (MessagingException | RuntimeException e) {
          log.warn("Mailbox of {} not read: {}", entry.getKey(), e.toString());
        }
      }
    }
    return taken;
  }

  private int read(String tenant, MailSettings.Mailbox mailbox) throws MessagingException {
    int taken = 0;
    try (Store store = servers.imap(mailbox)) {
      Folder folder = store.getFolder("INBOX");
      folder.open(Folder.READ_WRITE);
      try {
        Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        int limit = Math.min(unread.length, settings.inbound().maxMessagesPerPoll());
        for (Message message : Arrays.copyOf(unread, limit)) {
          if (takeOne(tenant, message)) {
            taken++;
          }
          message.setFlag(Flags.Flag.SEEN, true);
        }
      } finally {
        folder.close(false);
      }
    }
    return taken;
  }

  private boolean takeOne(String tenant, Message message) {
    String messageId;
    try {
      messageId = InboundMessage.messageIdOf(message);
    } catch (MessagingException | RuntimeException e) {
      log.warn(
          "E-mail to {} without readable headers left in the mailbox: {}", tenant, e.toString());
      return false;
    }
    if (inbound.known(tenant, messageId)) {
      return false;
    }
    InboundMessage mail;
    try {
      mail = InboundMessage.of(message);
    } catch (Exception unreadable) {
      log.warn("E-mail {} to {} unreadable: {}", messageId, tenant, unreadable.toString());
      return inbound.rejected(tenant, messageId, null, null, "unreadable: " + unreadable);
    }
    return inbound.take(tenant, mail);
  }
}
