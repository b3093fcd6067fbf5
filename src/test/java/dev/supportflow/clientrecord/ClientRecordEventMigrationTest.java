package dev.supportflow.clientrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * V24 moves the timelines of tickets, meetings, trainings and interventions from their four event
 * tables into {@code client_record_event} without loss: every entry, in its record's order, with
 * its time, actor and text; the old tables are gone, and new entries follow the moved ones. The
 * same scenario runs on PostgreSQL in {@code cluster/PostgresClientRecordEventMigrationTest}.
 */
public class ClientRecordEventMigrationTest {

  private static final ClientRecordType TICKET =
      ClientRecordType.withPrefix("TICKET", "ticket", "LEI");
  private static final ClientRecordType MEETING =
      ClientRecordType.withPrefix("MEETING", "meeting", "MTG");
  private static final ClientRecordType TRAINING =
      ClientRecordType.withPrefix("TRAINING", "training", "TRN");
  private static final ClientRecordType INTERVENTION =
      ClientRecordType.withPrefix("INTERVENTION", "intervention", "INT");
  private static final Instant T0 = Instant.parse("2026-03-02T13:00:00Z");

  @Test
  @DisplayName(
      "Timeline: V24 moves every record's entries from the four event tables into one, in order, with their times, on H2")
  void onH2() {
    movesEveryEntryInOrder(
        new DriverManagerDataSource(
            "jdbc:h2:mem:events-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }

  /**
   * Migrates an empty database to V23, writes timelines the old way, migrates on and reads them the
   * new way.
   */
  public static void movesEveryEntryInOrder(DataSource database) {
    migrate(database, "23");
    JdbcClient jdbc = JdbcClient.create(database);
    long ticket1 = insertTicket(jdbc);
    long ticket2 = insertTicket(jdbc);
    long meeting =
        insertRecord(
            jdbc,
            """
        INSERT INTO meeting (tenant, client_id, status, agenda, proposed_start, duration_minutes, created_by,
          created_at, updated_at) VALUES ('leiloes', 'c1', 'SCHEDULED', 'Pauta', ?, 60, 'c1', ?, ?)
        """,
            "meeting_number",
            3);
    long training =
        insertRecord(
            jdbc,
            """
        INSERT INTO training (tenant, client_id, status, topic, hours, booked_hours, excess_hours, preferred_date,
          created_by, created_at, updated_at) VALUES ('leiloes', 'c1', 'SCHEDULED', 'Lotes', 4, 4, 0, ?, 'c1', ?, ?)
        """,
            "training_number",
            3);
    long intervention =
        insertRecord(
            jdbc,
            """
        INSERT INTO intervention (tenant, client_id, kind, status, preferred_date, created_by, created_at,
          updated_at) VALUES ('oobj', 'c2', 'UPDATE', 'SCHEDULED', ?, 'c2', ?, ?)
        """,
            "intervention_number",
            3);

    // Entries of different records interleave, and a later entry may carry an earlier time: order
    // is the entry's.
    String longDetail = "x".repeat(Timeline.TEXT_LENGTH);
    Map<String, List<TimelineEntry>> written = new LinkedHashMap<>();
    write(jdbc, written, "ticket", ticket1, entry(5, "RECEIVED", "c1", "Canal PORTAL"));
    write(jdbc, written, "ticket", ticket2, entry(1, "RECEIVED", "gateway", null));
    write(jdbc, written, "meeting", meeting, entry(0, "REQUESTED", "c1", "60 min"));
    write(jdbc, written, "ticket", ticket1, entry(2, "TRIAGED", "system", longDetail));
    write(jdbc, written, "training", training, entry(7, "REQUESTED", "c1", "4 h"));
    write(jdbc, written, "intervention", intervention, entry(3, "REQUESTED", "c2", "UPDATE"));
    write(jdbc, written, "ticket", ticket1, entry(2, "OPENED", null, "Primeira resposta"));
    write(jdbc, written, "meeting", meeting, entry(9, "SCHEDULED", "system", null));
    write(
        jdbc, written, "intervention", intervention, entry(4, "RESOLVED", "analyst", "Atualizado"));

    migrate(database, null);

    Timeline timeline = new Timeline(jdbc);
    Map<String, List<TimelineEntry>> moved = new LinkedHashMap<>();
    moved.put("ticket" + ticket1, timeline.of(TICKET, ticket1));
    moved.put("ticket" + ticket2, timeline.of(TICKET, ticket2));
    moved.put("meeting" + meeting, timeline.of(MEETING, meeting));
    moved.put("training" + training, timeline.of(TRAINING, training));
    moved.put("intervention" + intervention, timeline.of(INTERVENTION, intervention));
    assertThat(moved).isEqualTo(written);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM client_record_event").query(Long.class).single())
        .isEqualTo(9);
    for (String table :
        List.of("ticket_event", "meeting_event", "training_event", "intervention_event")) {
      assertThat(tableExists(database, table)).as(table).isFalse();
    }

    timeline.add(TICKET, ticket1, T0, "RESOLVED", null, "Resolvido");
    assertThat(timeline.of(TICKET, ticket1))
        .extracting(TimelineEntry::kind)
        .containsExactly("RECEIVED", "TRIAGED", "OPENED", "RESOLVED");
  }

  static void migrate(DataSource database, String target) {
    var configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration");
    (target == null ? configuration : configuration.target(target)).load().migrate();
  }

  private static TimelineEntry entry(int minutes, String kind, String actor, String detail) {
    return new TimelineEntry(T0.plusSeconds(60L * minutes), kind, actor, detail);
  }

  private static void write(
      JdbcClient jdbc,
      Map<String, List<TimelineEntry>> written,
      String table,
      long number,
      TimelineEntry e) {
    jdbc.sql(
            "INSERT INTO %1$s_event (%1$s_number, occurred_at, kind, actor, detail) VALUES (?, ?, ?, ?, ?)"
                .formatted(table))
        .params(number, e.at().atOffset(ZoneOffset.UTC), e.kind(), e.actor(), e.detail())
        .update();
    written.computeIfAbsent(table + number, key -> new ArrayList<>()).add(e);
  }

  private static long insertTicket(JdbcClient jdbc) {
    return insertRecord(
        jdbc,
        """
        INSERT INTO ticket (tenant, client_id, status, channel, ticket_type, subject, received_at, created_by,
          created_at, updated_at) VALUES ('leiloes', 'c1', 'OPEN', 'PORTAL', 'INCIDENT', 'Lentidão', ?, 'c1', ?, ?)
        """,
        "ticket_number",
        3);
  }

  private static long insertRecord(JdbcClient jdbc, String insert, String key, int instants) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    Object[] times = new Object[instants];
    Arrays.fill(times, T0.atOffset(ZoneOffset.UTC));
    jdbc.sql(insert).params(times).update(keys, key);
    return keys.getKeyAs(Number.class).longValue();
  }

  private static boolean tableExists(DataSource database, String table) {
    return JdbcClient.create(database)
            .sql(
                """
            SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = ?
            """)
            .param(table)
            .query(Long.class)
            .single()
        > 0;
  }
}
