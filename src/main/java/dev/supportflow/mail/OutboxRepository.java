package dev.supportflow.mail;

import dev.supportflow.mail.Outbox.MailState;
import dev.supportflow.mail.Outbox.OutgoingMail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code mail_outbox} table. */
@Repository
class OutboxRepository {

  static final String PENDING = "PENDING";
  static final String SENDING = "SENDING";
  static final String SENT = "SENT";
  static final String FAILED = "FAILED";

  private static final int MAX_ERROR = 2000;

  private final JdbcClient jdbc;

  OutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A message waiting to be sent. */
  record Pending(
      long id,
      String tenant,
      String kind,
      String reference,
      String recipient,
      String subject,
      String text,
      String html,
      int attempts) {}

  /** A new PENDING message, first sent at {@code notBefore}. */
  long insert(OutgoingMail mail, Instant now, Instant notBefore) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO mail_outbox (tenant, kind, reference, recipient, subject, text_body, html_body, status,
              next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
            """)
        .params(
            mail.tenant(),
            mail.kind(),
            mail.reference(),
            mail.recipient(),
            cut(mail.body().subject(), 300),
            mail.body().text(),
            mail.body().html(),
            utc(notBefore),
            utc(now))
        .update(key, "mail_id");
    return key.getKeyAs(Number.class).longValue();
  }

  /**
   * Two branches, each read from {@code mail_outbox_due}, so that the mail sent in the past is
   * never read: written as one {@code WHERE ... OR ...}, H2 walks the primary key in id order
   * through every message ever sent to find the first due one, at every poll.
   */
  static final String DUE =
      """
      SELECT mail_id FROM (
          SELECT mail_id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?
          UNION ALL
          SELECT mail_id FROM mail_outbox WHERE status = 'SENDING' AND claimed_until < ?
      ) due
      ORDER BY mail_id FETCH FIRST ? ROWS ONLY
      """;

  /** Ids of messages due now (waiting, or claimed by a node whose claim expired), oldest first. */
  List<Long> due(Instant now, int limit) {
    return jdbc.sql(DUE).params(utc(now), utc(now), limit).query(Long.class).list();
  }

  /**
   * Claims one message for this node: true for exactly one of the nodes asking at once (the
   * database serializes the conditional update).
   */
  boolean claim(long id, Instant now, Instant until) {
    return jdbc.sql(
                """
                UPDATE mail_outbox SET status = 'SENDING', claimed_until = ?, attempts = attempts + 1
                WHERE mail_id = ?
                  AND ((status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND claimed_until < ?))
                """)
            .params(utc(until), id, utc(now), utc(now))
            .update()
        == 1;
  }

  /** The messages with these ids, in id order. */
  List<Pending> pending(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT mail_id, tenant, kind, reference, recipient, subject, text_body, html_body, attempts"
                + " FROM mail_outbox"
                + " WHERE mail_id IN (:ids) ORDER BY mail_id")
        .param("ids", ids)
        .query(
            (rs, i) ->
                new Pending(
                    rs.getLong("mail_id"),
                    rs.getString("tenant"),
                    rs.getString("kind"),
                    rs.getString("reference"),
                    rs.getString("recipient"),
                    rs.getString("subject"),
                    rs.getString("text_body"),
                    rs.getString("html_body"),
                    rs.getInt("attempts")))
        .list();
  }

  void sent(Collection<Long> ids, Instant now) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql(
            "UPDATE mail_outbox SET status = 'SENT', sent_at = :now, claimed_until = NULL,"
                + " last_error = NULL WHERE mail_id IN (:ids)")
        .param("now", utc(now))
        .param("ids", ids)
        .update();
  }

  void retryAt(long id, Instant next, String error) {
    jdbc.sql(
            "UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = ?, claimed_until = NULL,"
                + " last_error = ? WHERE mail_id = ?")
        .params(utc(next), cut(error, MAX_ERROR), id)
        .update();
  }

  void failed(long id, String error) {
    jdbc.sql(
            "UPDATE mail_outbox SET status = 'FAILED', claimed_until = NULL, last_error = ? WHERE mail_id = ?")
        .params(cut(error, MAX_ERROR), id)
        .update();
  }

  List<MailState> states(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT_STATE + " WHERE mail_id IN (:ids)")
        .param("ids", ids)
        .query(OutboxRepository::state)
        .list();
  }

  /**
   * The newest messages of a tenant in a status. The ORDER BY names every column of {@code
   * mail_outbox_by_tenant}, so that the index is read backwards and the read stops at {@code limit}
   * (docs/architecture.md, "Newest first").
   */
  List<MailState> inStatus(String tenant, String status, int limit) {
    return jdbc.sql(IN_STATUS).params(tenant, status, limit).query(OutboxRepository::state).list();
  }

  List<MailState> about(String reference) {
    return jdbc.sql(SELECT_STATE + " WHERE reference = ? ORDER BY mail_id")
        .param(reference)
        .query(OutboxRepository::state)
        .list();
  }

  private static final String SELECT_STATE =
      "SELECT mail_id, tenant, kind, reference, recipient, subject, status, attempts, created_at,"
          + " sent_at, last_error FROM mail_outbox";

  static final String IN_STATUS =
      SELECT_STATE
          + " WHERE tenant = ? AND status = ?"
          + " ORDER BY tenant DESC, status DESC, mail_id DESC FETCH FIRST ? ROWS ONLY";

  private static MailState state(ResultSet rs, int row) throws SQLException {
    return new MailState(
        rs.getLong("mail_id"),
        rs.getString("tenant"),
        rs.getString("kind"),
        rs.getString("reference"),
        rs.getString("recipient"),
        rs.getString("subject"),
        rs.getString("status"),
        rs.getInt("attempts"),
        instant(rs, "created_at"),
        instant(rs, "sent_at"),
        rs.getString("last_error"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
