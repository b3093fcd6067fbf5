package dev.supportflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.supportflow.mail.Outbox.OutgoingMail;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's poll reads the mail that is due, not the mail sent before it: on a desk that has
 * sent a year of e-mail, every poll and every batch would otherwise read all of it. Asked of H2's
 * own plan ({@code EXPLAIN ANALYZE} counts the rows each table scan visits); PostgreSQL's planner
 * picks its plan by cost and combines the two conditions through the index by itself.
 */
class OutboxDueMailTest extends MailIntegrationTest {

  private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

  @Autowired Outbox outbox;
  @Autowired OutboxRepository repository;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  @Test
  @DisplayName("Outbox: finding the due mail reads the due mail, not every message sent before it")
  void dueMailIsFoundWithoutReadingSentMail() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assumeTrue(connection.getMetaData().getDatabaseProductName().equals("H2"), "H2's plan");
    }
    clockAt("2026-11-23T10:00");
    Instant now = clock.instant();
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
    jdbc.update(
        "UPDATE mail_outbox SET status = 'SENT', sent_at = ? WHERE mail_id BETWEEN ? AND ?",
        now.atOffset(ZoneOffset.UTC),
        sent.get(0),
        sent.get(sent.size() - 1));
    long due = transaction.execute(status -> outbox.enqueue(mail("A enviar")));

    assertThat(repository.due(now, 50)).contains(due).doesNotContainAnyElementsOf(sent);
    String plan =
        jdbc.queryForObject(
            "EXPLAIN ANALYZE " + OutboxRepository.DUE,
            String.class,
            now.atOffset(ZoneOffset.UTC),
            now.atOffset(ZoneOffset.UTC),
            50);
    assertThat(rowsVisited(plan))
        .as("rows the plan visits, with %d sent messages before the due one:%n%s", sentBefore, plan)
        .isLessThan(sentBefore / 2);
  }

  /** The largest table scan of the plan (the branches and their union are counted apart). */
  private static int rowsVisited(String plan) {
    Matcher scans = SCAN_COUNT.matcher(plan);
    int largest = 0;
    while (scans.find()) {
      largest = Math.max(largest, Integer.parseInt(scans.group(1)));
    }
    return largest;
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
