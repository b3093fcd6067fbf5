package dev.supportflow.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class QuoteRepository {

  private final JdbcClient jdbc;

  QuoteRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      String tenant,
      String clientId,
      String subjectType,
      String subjectId,
      String workKind,
      BigDecimal hours,
      BigDecimal hourlyRate,
      BigDecimal amount,
      String currency,
      String preparedBy,
      Instant preparedAt,
      Instant validUntil) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO quote (tenant, client_id, subject_type, subject_id, work_kind, hours, hourly_rate, amount,
              currency, prepared_by, prepared_at, valid_until, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')
            """)
        .params(
            tenant,
            clientId,
            subjectType,
            subjectId,
            workKind,
            hours,
            hourlyRate,
            amount,
            currency,
            preparedBy,
            utc(preparedAt),
            utc(validUntil))
        .update(key, "quote_id");
    return key.getKeyAs(Number.class).longValue();
  }

  /** The newest quote of a subject: the one the API shows and the client answers. */
  public Optional<Quote> latest(String subjectType, String subjectId) {
    return jdbc.sql(
            """
            SELECT * FROM quote WHERE subject_type = ? AND subject_id = ? ORDER BY quote_id DESC
            FETCH FIRST 1 ROWS ONLY
            """)
        .params(subjectType, subjectId)
        .query(QuoteRepository::map)
        .optional();
  }

  void answer(long quoteId, String status, String answeredBy, String channel, Instant at) {
    jdbc.sql(
            """
            UPDATE quote SET status = ?, answered_by = ?, answered_channel = ?, answered_at = ?
            WHERE quote_id = ? AND status = 'PENDING'
            """)
        .params(status, answeredBy, channel, utc(at), quoteId)
        .update();
  }

  private static Quote map(ResultSet rs, int row) throws SQLException {
    return new Quote(
        rs.getLong("quote_id"),
        rs.getBigDecimal("amount"),
        rs.getString("currency"),
        rs.getBigDecimal("hours"),
        rs.getBigDecimal("hourly_rate"),
        rs.getString("work_kind"),
        rs.getString("prepared_by"),
        instant(rs, "prepared_at"),
        instant(rs, "valid_until"),
        rs.getString("status"),
        rs.getString("answered_by"),
        instant(rs, "answered_at"),
        rs.getString("answered_channel"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
