package dev.supportflow;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row counts of every table in the application's schema (the engine's ACT_* tables and ours), and
 * the difference between two counts: what one piece of work wrote to the database.
 */
public final class TableRows {

  private final DataSource dataSource;
  private final JdbcClient jdbc;

  public TableRows(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** Table name (upper case) → row count, for every table of the current schema. */
  public Map<String, Long> count() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tables()) {
      counts.put(
          table.toUpperCase(Locale.ROOT),
          jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Long.class).single());
    }
    return counts;
  }

  /** The tables whose count changed, with the change. */
  public static Map<String, Long> diff(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> changed = new TreeMap<>();
    after.forEach(
        (table, rows) -> {
          long delta = rows - before.getOrDefault(table, 0L);
          if (delta != 0) {
            changed.put(table, delta);
          }
        });
    return changed;
  }

  public static long total(Map<String, Long> diff) {
    return diff.values().stream().mapToLong(Long::longValue).sum();
  }

  /** One line per table, "ACT_HI_ACTINST +14", and the total. */
  public static String describe(Map<String, Long> diff) {
    return diff.entrySet().stream()
        .map(e -> "%-24s %+d".formatted(e.getKey(), e.getValue()))
        .collect(Collectors.joining("\n", "\n", "\ntotal " + total(diff)));
  }

  private List<String> tables() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          meta.getTables(
              connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      return tables;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list the tables", e);
    }
  }
}
