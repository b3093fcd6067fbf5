package dev.supportflow.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code mail_inbound} table: each e-mail read from a support mailbox, once. */
@Repository
class InboundRepository {

  private final JdbcClient jdbc;

  InboundRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What became of one e-mail read from a support mailbox. */
  record InboundRecord(
      String tenant,
      String messageId,
      String sender,
      String subject,
      Instant receivedAt,
      String outcome,
      String ticketId,
      String note) {}

  /**
   * Records the e-mail; a second record of the same tenant and Message-ID fails on the unique key
   * (the e-mail is being or was processed elsewhere).
   */
  void insert(InboundRecord r) {
    jdbc.sql(
            """
            INSERT INTO mail_inbound (tenant, message_id, sender, subject, received_at, outcome, ticket_id, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            r.tenant(),
            r.messageId(),
            r.sender() == null ? null : InboundMessage.cut(r.sender(), 254),
            r.subject() == null ? null : InboundMessage.cut(r.subject(), 300),
            utc(r.receivedAt()),
            r.outcome(),
            r.ticketId(),
            r.note() == null ? null : InboundMessage.cut(r.note(), 2000))
        .update();
  }

  void ticketOpened(String tenant, String messageId, String ticketId, String status) {
    jdbc.sql("UPDATE mail_inbound SET ticket_id = ?, note = ? WHERE tenant = ? AND message_id = ?")
        .params(ticketId, "status " + status, tenant, messageId)
        .update();
  }

  boolean known(String tenant, String messageId) {
    return jdbc.sql("SELECT COUNT(*) FROM mail_inbound WHERE tenant = ? AND message_id = ?")
            .params(tenant, messageId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Whether this sender was answered as unknown since then (at most one answer per period). */
  boolean answeredUnknownSince(String tenant, String sender, Instant since) {
    return jdbc.sql(
                """
                SELECT COUNT(*) FROM mail_inbound
                WHERE tenant = ? AND sender = ? AND outcome = 'UNKNOWN_SENDER' AND note = ? AND received_at >= ?
                """)
            .params(tenant, sender, InboundMail.ANSWERED, utc(since))
            .query(Long.class)
            .single()
        > 0;
  }

  /** The newest inbound mail of a tenant, from {@code mail_inbound_by_tenant} read backwards. */
  static final String LATEST =
      """
      SELECT * FROM mail_inbound WHERE tenant = ?
      ORDER BY tenant DESC, inbound_id DESC FETCH FIRST ? ROWS ONLY
      """;

  List<InboundRecord> latest(String tenant, int limit) {
    return jdbc.sql(LATEST).params(tenant, limit).query(InboundRepository::record).list();
  }

  private static InboundRecord record(ResultSet rs, int row) throws SQLException {
    return new InboundRecord(
        rs.getString("tenant"),
        rs.getString("message_id"),
        rs.getString("sender"),
        rs.getString("subject"),
        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
        rs.getString("outcome"),
        rs.getString("ticket_id"),
        rs.getString("note"));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
