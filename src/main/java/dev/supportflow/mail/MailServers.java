package dev.supportflow.mail;

import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Optional;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Where mail goes out (SMTP) and where the support mailboxes are read (IMAP): the configured
 * servers, or the embedded one with the ports it bound.
 */
@Component
public class MailServers {

  private static final String TIMEOUT_MILLIS = "10000";

  private final MailSettings settings;
  private final Optional<EmbeddedMailServer> embedded;

  MailServers(MailSettings settings, Optional<EmbeddedMailServer> embedded) {
    this.settings = settings;
    this.embedded = embedded;
  }

  boolean sending() {
    return settings.smtp().configured();
  }

  boolean reading() {
    return settings.imap().configured();
  }

  int smtpPort() {
    return embedded.map(EmbeddedMailServer::smtpPort).orElse(settings.smtp().port());
  }

  public int imapPort() {
    return embedded.map(EmbeddedMailServer::imapPort).orElse(settings.imap().port());
  }

  public String imapHost() {
    return settings.imap().host();
  }

  JavaMailSenderImpl sender() {
    MailSettings.Smtp smtp = settings.smtp();
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(smtp.host());
    sender.setPort(smtpPort());
    sender.setDefaultEncoding("UTF-8");
    if (smtp.username() != null && !smtp.username().isBlank()) {
      sender.setUsername(smtp.username());
      sender.setPassword(smtp.password());
    }
    Properties properties = sender.getJavaMailProperties();
    properties.setProperty("mail.smtp.auth", Boolean.toString(sender.getUsername() != null));
    properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(smtp.starttls()));
    properties.setProperty("mail.smtp.starttls.required", Boolean.toString(smtp.starttls()));
    properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    return sender;
  }

  /** A connected IMAP store for this mailbox; the caller closes it. */
  Store imap(MailSettings.Mailbox mailbox) throws jakarta.mail.MessagingException {
    String protocol = settings.imap().ssl() ? "imaps" : "imap";
    Properties properties = new Properties();
    properties.setProperty("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
    properties.setProperty("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
    Store store = Session.getInstance(properties).getStore(protocol);
    store.connect(imapHost(), imapPort(), mailbox.username(), mailbox.password());
    return store;
  }
}
