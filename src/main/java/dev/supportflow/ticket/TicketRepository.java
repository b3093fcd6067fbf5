package dev.supportflow.ticket;

import static dev.supportflow.clientrecord.Rows.instant;
import static dev.supportflow.clientrecord.Rows.utc;

import dev.supportflow.calendar.SlaClock;
import dev.supportflow.clientrecord.ClientRecordTable;
import dev.supportflow.clientrecord.Timeline;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Ticket rows and their timeline. As the consent gate's subject, a ticket also shows the client the
 * billing table's notice in its reply, and a gateway may relay the client's answer to its quote.
 */
@Repository
public class TicketRepository extends ClientRecordTable<Ticket, TicketStatus> {

  TicketRepository(JdbcClient jdbc, Timeline timeline, TicketIds ids) {
    super(jdbc, timeline, ids.type(), TicketStatus.class);
  }

  long insert(Ticket t) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
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

  Optional<Ticket> findByIdempotencyKey(String createdBy, String idempotencyKey) {
    return jdbc.sql("SELECT * FROM ticket WHERE created_by = ? AND idempotency_key = ?")
        .params(createdBy, idempotencyKey)
        .query(this::map)
        .optional();
  }

  public void recordTriage(
      long number, boolean emergency, boolean outOfHours, String reply, Instant now) {
    jdbc.sql(
            """
            UPDATE ticket SET emergency = ?, out_of_hours = ?, reply = ?, updated_at = ? WHERE ticket_number = ?
            """)
        .params(emergency, outOfHours, reply, utc(now), number)
        .update();
  }

  public void recordSlaTargets(long number, boolean slaApplies, String slaRule, Instant now) {
    jdbc.sql(
            "UPDATE ticket SET sla_applies = ?, sla_rule = ?, updated_at = ? WHERE ticket_number = ?")
        .params(slaApplies, slaRule, utc(now), number)
        .update();
  }

  public void updateReply(long number, String reply, Instant now) {
    jdbc.sql("UPDATE ticket SET reply = ?, updated_at = ? WHERE ticket_number = ?")
        .params(reply, utc(now), number)
        .update();
  }

  @Override
  public void noticeClient(String ticketId, String notice, Instant at) {
    updateReply(recordType().numberOf(ticketId), notice, at);
  }

  @Override
  public boolean takesAnswersFromGateways() {
    return true;
  }

  public void markBillable(long number, Instant now) {
    jdbc.sql("UPDATE ticket SET billable = TRUE, updated_at = ? WHERE ticket_number = ?")
        .params(utc(now), number)
        .update();
  }

  public void open(
      long number,
      Instant firstResponseDueAt,
      Instant resolutionDueAt,
      TicketSla sla,
      Instant now) {
    jdbc.sql(
            """
            UPDATE ticket SET status = 'OPEN', first_response_due_at = ?, resolution_due_at = ?, sla_started_at = ?,
              resolution_target = ?, resolution_clock = ?, updated_at = ?
            WHERE ticket_number = ?
            """)
        .params(
            utc(firstResponseDueAt),
            utc(resolutionDueAt),
            utc(sla.startedAt()),
            sla.resolutionTarget() == null ? null : sla.resolutionTarget().toString(),
            sla.resolutionClock() == null ? null : sla.resolutionClock().name(),
            utc(now),
            number)
        .update();
  }

  public void recordFirstResponse(long number, Instant at, Long businessMinutes, Boolean met) {
    jdbc.sql(
            """
            UPDATE ticket SET first_responded_at = ?, first_response_business_minutes = ?,
              first_response_met = ?, updated_at = ?
            WHERE ticket_number = ?
            """)
        .params(utc(at), businessMinutes, met, utc(at), number)
        .update();
  }

  /** C-3: a due time passed while the clock ran; the target stays breached whatever comes. */
  void recordBreach(long number, SlaTarget target, Instant now) {
    jdbc.sql(
            "UPDATE ticket SET %s = FALSE, updated_at = ? WHERE ticket_number = ?"
                .formatted(target.metColumn()))
        .params(utc(now), number)
        .update();
  }

  void pauseSla(long number, Instant at) {
    jdbc.sql(
            """
            UPDATE ticket SET status = 'WAITING_FOR_CLIENT', sla_paused_since = ?, updated_at = ?
            WHERE ticket_number = ?
            """)
        .params(utc(at), utc(at), number)
        .update();
  }

  void resumeSla(long number, long pausedMinutes, Instant resolutionDueAt, Instant at) {
    jdbc.sql(
            """
            UPDATE ticket SET status = 'OPEN', sla_paused_since = NULL,
              sla_paused_business_minutes = sla_paused_business_minutes + ?, resolution_due_at = ?, updated_at = ?
            WHERE ticket_number = ?
            """)
        .params(pausedMinutes, utc(resolutionDueAt), utc(at), number)
        .update();
  }

  void resolve(long number, Instant at, Long businessMinutes, Boolean met) {
    jdbc.sql(
            """
            UPDATE ticket SET status = 'RESOLVED', resolved_at = ?, resolution_business_minutes = ?,
              resolution_met = ?, updated_at = ?
            WHERE ticket_number = ?
            """)
        .params(utc(at), businessMinutes, met, utc(at), number)
        .update();
  }

  void reopen(long number, long pausedMinutes, Instant resolutionDueAt, Instant at) {
    jdbc.sql(
            """
            UPDATE ticket SET status = 'OPEN', resolved_at = NULL, resolution_business_minutes = NULL,
              resolution_met = NULL, sla_paused_business_minutes = sla_paused_business_minutes + ?,
              resolution_due_at = ?, updated_at = ?
            WHERE ticket_number = ?
            """)
        .params(pausedMinutes, utc(resolutionDueAt), utc(at), number)
        .update();
  }

  /** Staff changed the ticket's facts ({@code PATCH /api/tickets/{id}}). */
  void changeFacts(long number, TicketFactsChange.Facts facts, Instant now) {
    jdbc.sql(
            """
            UPDATE ticket SET ticket_type = ?, topic = ?, symptom = ?, service = ?, product = ?,
              auction_in_progress = ?, updated_at = ?
            WHERE ticket_number = ?
            """)
        .params(
            facts.type().name(),
            name(facts.topic()),
            name(facts.symptom()),
            facts.service(),
            facts.product(),
            facts.auctionInProgress(),
            utc(now),
            number)
        .update();
  }

  /**
   * The decisions evaluated again after changed facts: the emergency, and the open targets' due
   * times with the resolution target they were counted from.
   */
  void recalculated(
      long number,
      boolean emergency,
      Instant firstResponseDueAt,
      Instant resolutionDueAt,
      TicketSla sla,
      Instant now) {
    jdbc.sql(
            """
            UPDATE ticket SET emergency = ?, first_response_due_at = ?, resolution_due_at = ?,
              resolution_target = ?, resolution_clock = ?, updated_at = ?
            WHERE ticket_number = ?
            """)
        .params(
            emergency,
            utc(firstResponseDueAt),
            utc(resolutionDueAt),
            sla.resolutionTarget() == null ? null : sla.resolutionTarget().toString(),
            sla.resolutionClock() == null ? null : sla.resolutionClock().name(),
            utc(now),
            number)
        .update();
  }

  void close(long number, Instant at) {
    jdbc.sql(
            """
            UPDATE ticket SET status = 'CLOSED', sla_paused_since = NULL, closed_at = ?, updated_at = ?
            WHERE ticket_number = ?
            """)
        .params(utc(at), utc(at), number)
        .update();
  }

  @Override
  protected Ticket map(ResultSet rs, int row) throws SQLException {
    return Ticket.builder()
        .number(rs.getLong("ticket_number"))
        .tenant(rs.getString("tenant"))
        .clientId(rs.getString("client_id"))
        .status(TicketStatus.valueOf(rs.getString("status")))
        .channel(Channel.valueOf(rs.getString("channel")))
        .type(TicketType.valueOf(rs.getString("ticket_type")))
        .topic(enumOf(Topic.class, rs.getString("topic")))
        .symptom(enumOf(Symptom.class, rs.getString("symptom")))
        .service(rs.getString("service"))
        .product(rs.getString("product"))
        .auctionInProgress((Boolean) rs.getObject("auction_in_progress"))
        .subject(rs.getString("subject"))
        .description(rs.getString("description"))
        .remoteAccessTool(enumOf(RemoteAccessTool.class, rs.getString("remote_access_tool")))
        .remoteAccessId(rs.getString("remote_access_id"))
        .networkFolder(rs.getString("network_folder"))
        .receivedAt(instant(rs, "received_at"))
        .emergency((Boolean) rs.getObject("emergency"))
        .outOfHours((Boolean) rs.getObject("out_of_hours"))
        .slaApplies((Boolean) rs.getObject("sla_applies"))
        .slaRule(rs.getString("sla_rule"))
        .firstResponseDueAt(instant(rs, "first_response_due_at"))
        .resolutionDueAt(instant(rs, "resolution_due_at"))
        .firstRespondedAt(instant(rs, "first_responded_at"))
        .resolvedAt(instant(rs, "resolved_at"))
        .billable(rs.getBoolean("billable"))
        .reply(rs.getString("reply"))
        .createdBy(rs.getString("created_by"))
        .idempotencyKey(rs.getString("idempotency_key"))
        .requestHash(rs.getString("request_hash"))
        .createdAt(instant(rs, "created_at"))
        .closedAt(instant(rs, "closed_at"))
        .sla(sla(rs))
        .build();
  }

  private static TicketSla sla(ResultSet rs) throws SQLException {
    String target = rs.getString("resolution_target");
    String clock = rs.getString("resolution_clock");
    return new TicketSla(
        instant(rs, "sla_started_at"),
        instant(rs, "sla_paused_since"),
        rs.getLong("sla_paused_business_minutes"),
        (Long) longOrNull(rs, "first_response_business_minutes"),
        (Boolean) rs.getObject("first_response_met"),
        (Long) longOrNull(rs, "resolution_business_minutes"),
        (Boolean) rs.getObject("resolution_met"),
        target == null ? null : Duration.parse(target),
        clock == null ? null : SlaClock.valueOf(clock));
  }

  private static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }
}
