package dev.supportflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What H2's planner does with a statement: the index it reads, whether it reads it in the order
 * asked for ({@code index sorted}: the read stops at the page), and with {@code EXPLAIN ANALYZE}
 * how many rows each scan visited. PostgreSQL picks its plans by cost and statistics, so these
 * assertions are made on H2 only (the tests skip on PostgreSQL, saying so).
 */
public final class H2Plans {

  private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

  private H2Plans() {}

  public static void assumeH2(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assumeTrue(
          connection.getMetaData().getDatabaseProductName().equals("H2"), "asks H2's planner");
    }
  }

  /** {@code EXPLAIN} of the statement with its parameters bound, as the application binds them. */
  public static String plan(JdbcTemplate jdbc, String sql, Object... args) {
    return jdbc.queryForObject("EXPLAIN " + sql, String.class, args);
  }

  /** {@code EXPLAIN} of a statement with named parameters. */
  public static String plan(NamedParameterJdbcTemplate jdbc, String sql, Map<String, ?> params) {
    return jdbc.queryForObject("EXPLAIN " + sql, params, String.class);
  }

  /** {@code EXPLAIN ANALYZE}: the statement is run, and each scan says how many rows it visited. */
  public static String analyze(JdbcTemplate jdbc, String sql, Object... args) {
    return jdbc.queryForObject("EXPLAIN ANALYZE " + sql, String.class, args);
  }

  /**
   * The plan reads this index in the order the statement asks for, so a page or a {@code FETCH
   * FIRST} stops the read; otherwise H2 reads every matching row and sorts them.
   */
  public static void assertReadInOrder(String plan, String index) {
    assertThat(plan).as("the index read").contains("PUBLIC." + index + ":");
    assertThat(plan).as("read in the order asked for: %n%s", plan).contains("/* index sorted */");
  }

  /** The most rows one scan of the plan visited. */
  public static int largestScan(String analyzedPlan) {
    Matcher scans = SCAN_COUNT.matcher(analyzedPlan);
    int largest = 0;
    while (scans.find()) {
      largest = Math.max(largest, Integer.parseInt(scans.group(1)));
    }
    return largest;
  }
}
