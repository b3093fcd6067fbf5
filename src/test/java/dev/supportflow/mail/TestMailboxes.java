package dev.supportflow.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads and sends mail on the embedded server as a mail client does: IMAP and SMTP. */
final class TestMailboxes {

  private final String host;
  private final int smtpPort;
  private final int imapPort;

  TestMailboxes(String host, int smtpPort, int imapPort) {
    this.host = host;
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
  }

  /** One message as a mail client shows it. */
  record Received(
      String subject,
      String from,
      String text,
      String html,
      String autoSubmitted,
      String messageId) {}

  /** Every message in the mailbox's INBOX, oldest first. */
  List<Received> inbox(String address, String password) {
    return readInbox(
        address,
        password,
        m ->
            new Received(
                m.getSubject(),
                m.getFrom() == null ? null : m.getFrom()[0].toString(),
                part(m, "text/plain"),
                part(m, "text/html"),
                header(m, "Auto-Submitted"),
                header(m, "Message-ID")));
  }

  /** The Message-ID of every message in the mailbox's INBOX, fetched in one round trip. */
  List<String> messageIds(String address, String password) {
    return readInbox(address, password, m -> header(m, "Message-ID"), "Message-ID");
  }

  /**
   * Each of the INBOX's messages as the reader makes it, with these headers fetched for all at
   * once.
   */
  private <T> List<T> readInbox(
      String address, String password, MessageReader<T> reader, String... prefetchedHeaders) {
    try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
      store.connect(host, imapPort, address, password);
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      Message[] messages = inbox.getMessages();
      if (prefetchedHeaders.length > 0) {
        FetchProfile profile = new FetchProfile();
        for (String header : prefetchedHeaders) {
          profile.add(header);
        }
        inbox.fetch(messages, profile);
      }
      List<T> read = new ArrayList<>();
      for (Message message : messages) {
        read.add(reader.read(message));
      }
      inbox.close(false);
      return read;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface MessageReader<T> {
    T read(Message message) throws MessagingException;
  }

  /** The messages whose subject contains this text. */
  List<Received> inbox(String address, String password, String subjectContains) {
    return inbox(address, password).stream()
        .filter(m -> m.subject() != null && m.subject().contains(subjectContains))
        .toList();
  }

  /**
   * Sends a message over SMTP, as another mail server would deliver it; a Message-ID it has is
   * kept.
   */
  void deliver(MimeMessage message) {
    try {
      String messageId = message.getMessageID();
      Transport transport = Session.getInstance(new Properties()).getTransport("smtp");
      transport.connect(host, smtpPort, null, null);
      try {
        message.saveChanges();
        if (messageId != null) {
          message.setHeader("Message-ID", messageId);
        }
        transport.sendMessage(message, message.getAllRecipients());
      } finally {
        transport.close();
      }
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends bytes as they are (a message no mail client would write), to this address. */
  void deliverRaw(String from, String to, String raw) {
    try {
      MimeMessage message =
          new MimeMessage(
              session(),
              new java.io.ByteArrayInputStream(
                  raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
      Transport transport = session().getTransport("smtp");
      transport.connect(host, smtpPort, null, null);
      try {
        transport.sendMessage(
            message, new jakarta.mail.Address[] {new jakarta.mail.internet.InternetAddress(to)});
      } finally {
        transport.close();
      }
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Session session() {
    return Session.getInstance(new Properties());
  }

  private static String header(Message m, String name) throws MessagingException {
    String[] values = m.getHeader(name);
    return values == null ? null : values[0];
  }

  private static String part(Part part, String type) throws MessagingException {
    try {
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          String found = part(multipart.getBodyPart(i), type);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
