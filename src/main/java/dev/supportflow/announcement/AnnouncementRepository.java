package dev.supportflow.announcement;

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

/** Subscriptions, announcements and deliveries. Writes join the caller's transaction. */
@Repository
class AnnouncementRepository {

  private final JdbcClient jdbc;

  AnnouncementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Subscription> subscription(String tenant, String userId) {
    return jdbc.sql("SELECT * FROM announcement_subscription WHERE tenant = ? AND user_id = ?")
        .params(tenant, userId)
        .query(AnnouncementRepository::subscription)
        .optional();
  }

  List<Subscription> subscriptions(String tenant) {
    return jdbc.sql("SELECT * FROM announcement_subscription WHERE tenant = ? ORDER BY user_id")
        .param(tenant)
        .query(AnnouncementRepository::subscription)
        .list();
  }

  void insertSubscription(String tenant, String userId, String email, Instant now) {
    jdbc.sql(
            """
            INSERT INTO announcement_subscription (tenant, user_id, email, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?)
            """)
        .params(tenant, userId, email, utc(now), utc(now))
        .update();
  }

  void updateSubscription(String tenant, String userId, String email, Instant now) {
    jdbc.sql(
            "UPDATE announcement_subscription SET email = ?, updated_at = ? WHERE tenant = ? AND user_id = ?")
        .params(email, utc(now), tenant, userId)
        .update();
  }

  boolean deleteSubscription(String tenant, String userId) {
    return jdbc.sql("DELETE FROM announcement_subscription WHERE tenant = ? AND user_id = ?")
            .params(tenant, userId)
            .update()
        > 0;
  }

  long insertAnnouncement(
      String tenant, String title, String body, String publishedBy, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO announcement (tenant, title, body, published_by, published_at) VALUES (?, ?, ?, ?, ?)
            """)
        .params(tenant, title, body, publishedBy, utc(now))
        .update(key, "announcement_id");
    return key.getKeyAs(Number.class).longValue();
  }

  Optional<Announcement> announcement(long id) {
    return jdbc.sql("SELECT * FROM announcement WHERE announcement_id = ?")
        .param(id)
        .query(AnnouncementRepository::announcement)
        .optional();
  }

  /** The newest announcements of a tenant, from {@code announcement_by_tenant} read backwards. */
  static final String NEWEST =
      """
      SELECT * FROM announcement WHERE tenant = ?
      ORDER BY tenant DESC, announcement_id DESC FETCH FIRST ? ROWS ONLY
      """;

  List<Announcement> announcements(String tenant, int limit) {
    return jdbc.sql(NEWEST)
        .params(tenant, limit)
        .query(AnnouncementRepository::announcement)
        .list();
  }

  void insertDelivery(Delivery d) {
    jdbc.sql(
            """
            INSERT INTO announcement_delivery (announcement_id, tenant, user_id, email, channel, delivered_at,
              mail_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            d.announcementId(),
            d.tenant(),
            d.userId(),
            d.email(),
            d.channel(),
            utc(d.deliveredAt()),
            d.mailId())
        .update();
  }

  List<Delivery> deliveriesOf(long announcementId) {
    return jdbc.sql(
            "SELECT * FROM announcement_delivery WHERE announcement_id = ? ORDER BY delivery_id")
        .param(announcementId)
        .query(AnnouncementRepository::delivery)
        .list();
  }

  List<Delivery> deliveriesIn(String tenant) {
    return jdbc.sql("SELECT * FROM announcement_delivery WHERE tenant = ? ORDER BY delivery_id")
        .param(tenant)
        .query(AnnouncementRepository::delivery)
        .list();
  }

  private static Subscription subscription(ResultSet rs, int row) throws SQLException {
    return new Subscription(
        rs.getString("tenant"),
        rs.getString("user_id"),
        rs.getString("email"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  private static Announcement announcement(ResultSet rs, int row) throws SQLException {
    return new Announcement(
        rs.getLong("announcement_id"),
        rs.getString("tenant"),
        rs.getString("title"),
        rs.getString("body"),
        rs.getString("published_by"),
        instant(rs, "published_at"));
  }

  private static Delivery delivery(ResultSet rs, int row) throws SQLException {
    return new Delivery(
        rs.getLong("announcement_id"),
        rs.getString("tenant"),
        rs.getString("user_id"),
        rs.getString("email"),
        rs.getString("channel"),
        instant(rs, "delivered_at"),
        rs.getObject("mail_id") == null ? null : rs.getLong("mail_id"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
