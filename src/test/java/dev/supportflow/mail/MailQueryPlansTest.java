package dev.supportflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.H2Plans;
import dev.supportflow.mail.Outbox.OutgoingMail;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail's statements read what they return, not the mail of the past: a desk that has sent a
 * year of e-mail must not read all of it at every outbox poll or every look at the outbox.
 */
class MailQueryPlansTest extends MailIntegrationTest {

  @Autowired Outbox outbox;
  @Autowired OutboxRepository repository;
  @Autowired JdbcTemplate jdbc;
  @Autowired NamedParameterJdbcTemplate named;
  @Autowired DataSource dataSource;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  @BeforeEach
  void onH2() throws Exception {
    H2Plans.assumeH2(dataSource);
  }

  @Test
  @DisplayName("Outbox: finding the due mail reads the due mail, not every message sent before it")
  void dueMailIsFoundWithoutReadingSentMail() {
    // Earlier than any other test's clock: no mail the shared context holds is due then but ours.
    clockAt("2020-01-06T10:00");
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    int sentBefore = 300;
    List<Long> sent =
        transaction.execute(
            status -> {
              List<Long> ids = new ArrayList<>();
              for (int i = 0; i < sentBefore; i++) {
                ids.add(outbox.enqueue(mail("Enviada " + i)));
              }
              return ids;
            });
    named.update(
        "UPDATE mail_outbox SET status = 'SENT', sent_at = :now WHERE mail_id IN (:ids)",
        Map.of("now", now, "ids", sent));
    long due = transaction.execute(status -> outbox.enqueue(mail("A enviar")));

    assertThat(repository.due(now.toInstant(), 50)).contains(due).doesNotContainAnyElementsOf(sent);
    String plan = H2Plans.analyze(jdbc, OutboxRepository.DUE, now, now, 50);
    assertThat(H2Plans.largestScan(plan))
        .as("rows one scan visits, with %d sent messages before the due one:%n%s", sentBefore, plan)
        .isLessThan(sentBefore / 2);
  }

  @Test
  @DisplayName(
      "Outbox and inbound lists: a tenant's newest mail is read backwards from its index, stopping at the page")
  void mailListsStopAtThePage() {
    H2Plans.assertReadInOrder(
        H2Plans.plan(jdbc, OutboxRepository.IN_STATUS, "oobj", "SENT", 50),
        "MAIL_OUTBOX_BY_TENANT");
    H2Plans.assertReadInOrder(
        H2Plans.plan(jdbc, InboundRepository.LATEST, "oobj", 50), "MAIL_INBOUND_BY_TENANT");
  }

  private static OutgoingMail mail(String subject) {
    return new OutgoingMail(
        "oobj",
        "test",
        null,
        "caixa-" + System.nanoTime() + "@demo.supportflow.dev",
        new MailTemplates.Rendered(subject, "Texto de " + subject, null));
  }
}
