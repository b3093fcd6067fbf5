package dev.supportflow.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.supportflow.security.IdentitySetup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mail server of the default profile (GreenMail): SMTP and IMAP on {@code supportflow.mail.*},
 * a mailbox per demo user ({@code <userId>@demo.supportflow.dev}, password {@code demo}) and one
 * per tenant's support address, so the demo and the tests send and read real mail. Mailboxes live
 * in memory: a restart empties them. Port 0 picks free ports once; a restart of the server keeps
 * them.
 */
@Component
@ConditionalOnProperty(name = "supportflow.mail.embedded", havingValue = "true")
public class EmbeddedMailServer implements DisposableBean {

  static final String DEMO_PASSWORD = "demo";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

  private final MailSettings settings;
  private final IdentityService identityService;
  private int smtpPort;
  private int imapPort;
  private GreenMail server;
  private boolean ready;

  EmbeddedMailServer(MailSettings settings, IdentityService identityService) {
    this.settings = settings;
    this.identityService = identityService;
    this.smtpPort = settings.smtp().port();
    this.imapPort = settings.imap().port();
    start();
  }

  /** Starts the server (again, after {@link #stop()}), with the support mailboxes. */
  public synchronized void start() {
    if (server != null) {
      return;
    }
    GreenMail started =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, settings.smtp().host(), ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, settings.imap().host(), ServerSetup.PROTOCOL_IMAP)
            });
    started.start();
    smtpPort = started.getSmtp().getPort();
    imapPort = started.getImap().getPort();
    server = started;
    settings.mailboxes().values().forEach(m -> mailbox(m.address(), m.password()));
    if (ready) {
      demoMailboxes();
    }
    log.info(
        "Embedded mail server: SMTP {}:{}, IMAP {}:{}",
        settings.smtp().host(),
        smtpPort,
        settings.imap().host(),
        imapPort);
  }

  /** Stops the server; its mailboxes are gone. */
  public synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** A mailbox per demo user, once the demo users exist. */
  @EventListener(ApplicationReadyEvent.class)
  public synchronized void demoMailboxes() {
    ready = true;
    for (User user : identityService.createUserQuery().list()) {
      String email = user.getEmail();
      if (email != null && email.endsWith("@" + IdentitySetup.DEMO_DOMAIN)) {
        mailbox(email, DEMO_PASSWORD);
      }
    }
  }

  /** Creates the mailbox unless it exists; its login is the address. */
  public synchronized void mailbox(String address, String password) {
    if (server != null && server.getUserManager().getUserByEmail(address) == null) {
      server.setUser(address, address, password);
    }
  }

  int smtpPort() {
    return smtpPort;
  }

  int imapPort() {
    return imapPort;
  }

  @Override
  public void destroy() {
    stop();
  }
}
