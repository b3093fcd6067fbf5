package dev.supportflow.clientrecord;

import dev.supportflow.billing.BillableSubject;
import dev.supportflow.web.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * A client record's table and its timeline: what every record's repository does alike (find, list,
 * status, events); a feature's repository adds its insert, its own updates and how a row maps. Each
 * is also the record's {@link BillableSubject}: the consent gate moves its status (AWAITING_QUOTE,
 * AWAITING_CONSENT) and writes the quote and the client's answer on its timeline. Every write joins
 * the caller's transaction (and so the engine's).
 */
public abstract class ClientRecordTable<R extends ClientRecord, S extends Enum<S>>
    implements BillableSubject {

  protected final JdbcClient jdbc;
  private final Timeline timeline;
  private final ClientRecordType recordType;
  private final Class<S> statuses;

  protected ClientRecordTable(
      JdbcClient jdbc, Timeline timeline, ClientRecordType recordType, Class<S> statuses) {
    this.jdbc = jdbc;
    this.timeline = timeline;
    this.recordType = recordType;
    this.statuses = statuses;
  }

  /** The row's fields, read from {@code SELECT *} of the table. */
  protected abstract R map(ResultSet rs, int row) throws SQLException;

  public ClientRecordType recordType() {
    return recordType;
  }

  public Optional<R> find(long number) {
    return jdbc.sql("SELECT * FROM %1$s WHERE %1$s_number = ?".formatted(recordType.table()))
        .param(number)
        .query(this::map)
        .optional();
  }

  /** A page of records, newest first; a null tenant, client or status means any. */
  public List<R> list(String tenant, String clientId, S status, Paging paging) {
    return paging.newestFirst(jdbc, recordType.table(), tenant, clientId, status, this::map);
  }

  /** Inserts a row; its number is the one the database generated. */
  protected long insert(String sql, Object... params) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(sql).params(params).update(key, recordType.table() + "_number");
    return key.getKeyAs(Number.class).longValue();
  }

  public void updateStatus(long number, S status, Instant now) {
    jdbc.sql(
            "UPDATE %1$s SET status = ?, updated_at = ? WHERE %1$s_number = ?"
                .formatted(recordType.table()))
        .params(status.name(), Rows.utc(now), number)
        .update();
  }

  public void addEvent(long number, Instant at, String kind, String actor, String detail) {
    timeline.add(recordType, number, at, kind, actor, detail);
  }

  public List<TimelineEntry> timeline(long number) {
    return timeline.of(recordType, number);
  }

  @Override
  public String type() {
    return recordType.name();
  }

  @Override
  public void statusChanged(String subjectId, String status, Instant at) {
    updateStatus(recordType.numberOf(subjectId), Enum.valueOf(statuses, status), at);
  }

  @Override
  public void recordEvent(String subjectId, Instant at, String kind, String actor, String detail) {
    addEvent(recordType.numberOf(subjectId), at, kind, actor, detail);
  }
}
