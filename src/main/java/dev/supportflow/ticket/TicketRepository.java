package dev.supportflow.ticket;

import dev.supportflow.web.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Ticket rows and their timeline. Every write joins the caller's transaction (and so the engine's). */
@Repository
public class TicketRepository {

  private final JdbcClient jdbc;

  TicketRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Ticket t) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO ticket (tenant, client_id, status, channel, ticket_type, topic, symptom, service, product,
              auction_in_progress, subject, description, remote_access_tool, remote_access_id, network_folder,
              received_at, billable, created_by, idempotency_key, request_hash, created_at, updated_at)
            VALUES (:tenant, :clientId, :status, :channel, :type, :topic, :symptom, :service, :product,
              :auction, :subject, :description, :remoteTool, :remoteId, :networkFolder,
              :receivedAt, FALSE, :createdBy, :idempotencyKey, :requestHash, :createdAt, :createdAt)
            """)
        .param("tenant", t.tenant())
        .param("clientId", t.clientId())
        .param("status", t.status().name())
        .param("channel", t.channel().name())
        .param("type", t.type().name())
        .param("topic", name(t.topic()))
        .param("symptom", name(t.symptom()))
        .param("service", t.service())
        .param("product", t.product())
        .param("auction", t.auctionInProgress())
        .param("subject", t.subject())
        .param("description", t.description())
        .param("remoteTool", name(t.remoteAccessTool()))
        .param("remoteId", t.remoteAccessId())
        .param("networkFolder", t.networkFolder())
        .param("receivedAt", utc(t.receivedAt()))
        .param("createdBy", t.createdBy())
        .param("idempotencyKey", t.idempotencyKey())
        .param("requestHash", t.requestHash())
        .param("createdAt", utc(t.createdAt()))
        .update(key, "ticket_number");
    return key.getKeyAs(Number.class).longValue();
  }

  public Optional<Ticket> find(long number) {
    return jdbc.sql("SELECT * FROM ticket WHERE ticket_number = ?").param(number).query(TicketRepository::map)
        .optional();
  }

  Optional<Ticket> findByIdempotencyKey(String createdBy, String idempotencyKey) {
    return jdbc.sql("SELECT * FROM ticket WHERE created_by = ? AND idempotency_key = ?")
        .params(createdBy, idempotencyKey).query(TicketRepository::map).optional();
  }

  /** A page of tickets, newest first; a null tenant, client or status means any. */
  List<Ticket> list(String tenant, String clientId, TicketStatus status, Paging paging) {
    return paging.newestFirst(jdbc, "ticket", tenant, clientId, status, TicketRepository::map);
  }

  public void recordTriage(long number, boolean emergency, boolean outOfHours, String reply, Instant now) {
    jdbc.sql("""
            UPDATE ticket SET emergency = ?, out_of_hours = ?, reply = ?, updated_at = ? WHERE ticket_number = ?
            """)
        .params(emergency, outOfHours, reply, utc(now), number).update();
  }

  public void recordSlaTargets(long number, boolean slaApplies, String slaRule, Instant now) {
    jdbc.sql("UPDATE ticket SET sla_applies = ?, sla_rule = ?, updated_at = ? WHERE ticket_number = ?")
        .params(slaApplies, slaRule, utc(now), number).update();
  }

  public void updateReply(long number, String reply, Instant now) {
    jdbc.sql("UPDATE ticket SET reply = ?, updated_at = ? WHERE ticket_number = ?").params(reply, utc(now), number)
        .update();
  }

  public void markBillable(long number, Instant now) {
    jdbc.sql("UPDATE ticket SET billable = TRUE, updated_at = ? WHERE ticket_number = ?").params(utc(now), number)
        .update();
  }

  public void updateStatus(long number, TicketStatus status, Instant now) {
    jdbc.sql("UPDATE ticket SET status = ?, updated_at = ? WHERE ticket_number = ?")
        .params(status.name(), utc(now), number).update();
  }

  public void open(long number, Instant firstResponseDueAt, Instant resolutionDueAt, Instant now) {
    jdbc.sql("""
            UPDATE ticket SET status = 'OPEN', first_response_due_at = ?, resolution_due_at = ?, updated_at = ?
            WHERE ticket_number = ?
            """)
        .params(utc(firstResponseDueAt), utc(resolutionDueAt), utc(now), number).update();
  }

  public void recordFirstResponse(long number, Instant at) {
    jdbc.sql("UPDATE ticket SET first_responded_at = ?, updated_at = ? WHERE ticket_number = ?")
        .params(utc(at), utc(at), number).update();
  }

  public void resolve(long number, Instant at) {
    jdbc.sql("UPDATE ticket SET status = 'RESOLVED', resolved_at = ?, updated_at = ? WHERE ticket_number = ?")
        .params(utc(at), utc(at), number).update();
  }

  public void addEvent(long number, Instant at, String kind, String actor, String detail) {
    jdbc.sql("INSERT INTO ticket_event (ticket_number, occurred_at, kind, actor, detail) VALUES (?, ?, ?, ?, ?)")
        .params(number, utc(at), kind, actor, detail == null ? null : truncate(detail, 4000)).update();
  }

  List<TimelineEntry> timeline(long number) {
    return jdbc.sql("""
            SELECT occurred_at, kind, actor, detail FROM ticket_event WHERE ticket_number = ? ORDER BY event_id
            """)
        .param(number)
        .query((rs, i) -> new TimelineEntry(instant(rs, "occurred_at"), rs.getString("kind"),
            rs.getString("actor"), rs.getString("detail")))
        .list();
  }

  private static Ticket map(ResultSet rs, int row) throws SQLException {
    return new Ticket(
        rs.getLong("ticket_number"),
        rs.getString("tenant"),
        rs.getString("client_id"),
        TicketStatus.valueOf(rs.getString("status")),
        Channel.valueOf(rs.getString("channel")),
        TicketType.valueOf(rs.getString("ticket_type")),
        enumOf(Topic.class, rs.getString("topic")),
        enumOf(Symptom.class, rs.getString("symptom")),
        rs.getString("service"),
        rs.getString("product"),
        (Boolean) rs.getObject("auction_in_progress"),
        rs.getString("subject"),
        rs.getString("description"),
        enumOf(RemoteAccessTool.class, rs.getString("remote_access_tool")),
        rs.getString("remote_access_id"),
        rs.getString("network_folder"),
        instant(rs, "received_at"),
        (Boolean) rs.getObject("emergency"),
        (Boolean) rs.getObject("out_of_hours"),
        (Boolean) rs.getObject("sla_applies"),
        rs.getString("sla_rule"),
        instant(rs, "first_response_due_at"),
        instant(rs, "resolution_due_at"),
        instant(rs, "first_responded_at"),
        instant(rs, "resolved_at"),
        rs.getBoolean("billable"),
        rs.getString("reply"),
        rs.getString("created_by"),
        rs.getString("idempotency_key"),
        rs.getString("request_hash"),
        instant(rs, "created_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
