package dev.supportflow.clientrecord;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The timelines of all client records, in one table ({@code client_record_event}), oldest first.
 * Every write joins the caller's transaction (and so the engine's).
 */
@Repository
public class Timeline {

  /** The {@code detail} column's length, and that of the long texts a record keeps on its row. */
  public static final int TEXT_LENGTH = 4000;

  private final JdbcClient jdbc;

  Timeline(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An entry; without an actor the system did it; a detail too long is {@link #cut}. */
  public void add(
      ClientRecordType type, long number, Instant at, String kind, String actor, String detail) {
    jdbc.sql(
            """
            INSERT INTO client_record_event (record_type, record_number, occurred_at, kind, actor, detail)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(
            type.name(), number, Rows.utc(at), kind, actor == null ? "system" : actor, cut(detail))
        .update();
  }

  public List<TimelineEntry> of(ClientRecordType type, long number) {
    return jdbc.sql(
            """
            SELECT occurred_at, kind, actor, detail FROM client_record_event
            WHERE record_type = ? AND record_number = ? ORDER BY event_id
            """)
        .params(type.name(), number)
        .query(
            (rs, i) ->
                new TimelineEntry(
                    Rows.instant(rs, "occurred_at"),
                    rs.getString("kind"),
                    rs.getString("actor"),
                    rs.getString("detail")))
        .list();
  }

  /**
   * A text for a {@link #TEXT_LENGTH} column: as it is when it fits, else its start ending with
   * "…".
   */
  public static String cut(String text) {
    return text == null || text.length() <= TEXT_LENGTH
        ? text
        : text.substring(0, TEXT_LENGTH - 1) + "…";
  }
}
