package dev.supportflow.cluster;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests may use: {@code SUPPORTFLOW_TEST_PG_URL} (a database on it),
 * {@code _USER}, {@code _PASSWORD}; .ci/run starts one. Each test gets a database of its own,
 * dropped afterwards. Without the variables the tests are skipped on a developer's machine, and
 * fail on CI ({@code CI=true}): never silently skipped.
 */
final class PostgresTestDatabase implements AutoCloseable {

  static final String URL = "SUPPORTFLOW_TEST_PG_URL";

  final String url;
  final String user;
  final String password;
  private final String serverUrl;
  private final String name;

  private PostgresTestDatabase(String serverUrl, String user, String password, String name) {
    this.serverUrl = serverUrl;
    this.user = user;
    this.password = password;
    this.name = name;
    this.url = baseUrl(serverUrl) + name;
  }

  /** A new, empty database on the test server. */
  static PostgresTestDatabase create(String prefix) {
    String serverUrl = System.getenv(URL);
    if (serverUrl == null || serverUrl.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(
            URL
                + " is not set on CI: .ci/run must start PostgreSQL for the PostgreSQL and cluster tests");
      }
      Assumptions.abort(
          URL + " is not set: no PostgreSQL server for this test (run .ci/run to get one)");
    }
    String user = System.getenv().getOrDefault("SUPPORTFLOW_TEST_PG_USER", "supportflow");
    String password = System.getenv().getOrDefault("SUPPORTFLOW_TEST_PG_PASSWORD", "");
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(serverUrl, user, password, "CREATE DATABASE " + name);
    return new PostgresTestDatabase(serverUrl, user, password, name);
  }

  /** Command-line arguments that point an application at this database. */
  String[] datasourceArgs() {
    return new String[] {
      "--spring.datasource.url=" + url,
      "--spring.datasource.username=" + user,
      "--spring.datasource.password=" + password
    };
  }

  @Override
  public void close() {
    execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static String baseUrl(String url) {
    String withoutQuery = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    return withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1);
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test server: " + sql, e);
    }
  }
}
