package dev.supportflow.mail;

import dev.supportflow.SupportFlowIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared integration context with what every mail test uses: the outbox job to send what is
 * due, and an IMAP/SMTP client of the embedded mail server.
 */
abstract class MailIntegrationTest extends SupportFlowIntegrationTest {

  @Autowired OutboxJob outboxJob;
  @Autowired MailServers servers;

  TestMailboxes mail;

  @BeforeEach
  void mailClient() {
    mail = new TestMailboxes(servers.imapHost(), servers.smtpPort(), servers.imapPort());
  }
}
