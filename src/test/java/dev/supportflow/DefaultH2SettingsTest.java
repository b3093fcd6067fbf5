package dev.supportflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The H2 file the default profile opens, as H2 itself reports its settings: commits written before
 * the answer (an answered {@code 201} survives a killed process), and enough parsed statements per
 * connection for an intake not to parse its statements again (docs/benchmarks.md).
 */
class DefaultH2SettingsTest {

  @Test
  void theDefaultFileCommitsDurablyAndKeepsTheIntakesStatementsParsed(@TempDir Path dir)
      throws Exception {
    String url = defaultUrl().replace("./data/", dir.toAbsolutePath() + "/");
    assertThat(url).startsWith("jdbc:h2:file:" + dir.toAbsolutePath());

    Map<String, String> settings = settings(url);

    assertThat(settings).containsEntry("WRITE_DELAY", "0");
    assertThat(Integer.parseInt(settings.get("QUERY_CACHE_SIZE"))).isGreaterThanOrEqualTo(128);
  }

  private static String defaultUrl() throws Exception {
    return new YamlPropertySourceLoader()
        .load("application", new ClassPathResource("application.yaml"))
        .get(0)
        .getProperty("spring.datasource.url")
        .toString();
  }

  private static Map<String, String> settings(String url) throws SQLException {
    Map<String, String> settings = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS")) {
      while (rows.next()) {
        settings.put(rows.getString(1), rows.getString(2));
      }
    }
    return settings;
  }
}
