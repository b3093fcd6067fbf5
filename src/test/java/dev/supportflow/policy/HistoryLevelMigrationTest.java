package dev.supportflow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.supportflow.H2FileApplication;
import dev.supportflow.Requests;
import dev.supportflow.security.Caller;
import dev.supportflow.ticket.NewTicketRequest;
import dev.supportflow.ticket.TicketIntake;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database recorded at Camunda's {@code full} history level, or at {@code full-without-detail}
 * (id 31, the level before {@link TrailHistoryLevel}), starts at {@code trail}, keeps the decision
 * trail it has, records new decisions without variable history, and can go back to {@code full};
 * any other change of level still fails as Camunda intends. The same scenario runs on PostgreSQL in
 * {@code cluster/PostgresHistoryLevelMigrationTest}.
 */
public class HistoryLevelMigrationTest {

  @TempDir Path home;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName(
      "History: an H2 file recorded at level full (or full-without-detail) starts at trail, keeps its decision trail, and can go back")
  void h2FileRecordedAtFull() {
    Function<String, ConfigurableApplicationContext> start =
        level -> {
          String url = "jdbc:h2:file:" + home.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0";
          return level == null
              ? H2FileApplication.start(url)
              : H2FileApplication.start(url, "--camunda.bpm.history-level=" + level);
        };

    fromFullAndBack(start);

    // Camunda's own check still guards every other change: audit would silently stop the decision
    // trail.
    assertThatThrownBy(() -> start.apply("audit").close())
        .rootCause()
        .hasMessageContaining("historyLevel mismatch");
  }

  /**
   * {@code start.apply(level)} starts the application on one database; null: the configured default
   * level.
   */
  public static void fromFullAndBack(Function<String, ConfigurableApplicationContext> start) {
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDateTime.parse("2026-11-23T10:00")
                .atZone(ZoneId.of("America/Sao_Paulo"))
                .toInstant())); // a Monday, in business hours
    String before;
    int decisions;
    try (ConfigurableApplicationContext full = start.apply("full")) {
      assertThat(level(full)).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
      before = open(full);
      decisions = full.getBean(DecisionTrail.class).forBusinessKey(before).size();
      assertThat(decisions).isPositive();
      assertThat(count(full, "ACT_HI_DETAIL")).as("full records variable detail").isPositive();
    }

    assertStartsAtTrail(start, before, decisions);

    try (ConfigurableApplicationContext back = start.apply("full")) {
      assertThat(level(back)).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
      jdbc(back)
          .update(
              "UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel'",
              Integer.toString(HistoryLevelPlugin.FULL_WITHOUT_DETAIL));
    }
    // A database left at full-without-detail by the version before
    assertStartsAtTrail(start, before, decisions);
  }

  private static void assertStartsAtTrail(
      Function<String, ConfigurableApplicationContext> start, String before, int decisions) {
    try (ConfigurableApplicationContext now = start.apply(null)) {
      assertThat(level(now)).isEqualTo(TrailHistoryLevel.ID);
      assertThat(
              jdbc(now)
                  .queryForObject(
                      "SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'",
                      String.class))
          .isEqualTo(Integer.toString(TrailHistoryLevel.ID));
      DecisionTrail trail = now.getBean(DecisionTrail.class);
      assertThat(trail.forBusinessKey(before))
          .as("the decision trail recorded before")
          .hasSize(decisions);

      long detail = count(now, "ACT_HI_DETAIL");
      long variables = count(now, "ACT_HI_VARINST");
      long steps = count(now, "ACT_HI_ACTINST");
      String after = open(now);
      assertThat(trail.forBusinessKey(after)).as("decisions still recorded").hasSize(decisions);
      assertThat(count(now, "ACT_HI_DETAIL")).as("no variable detail").isEqualTo(detail);
      assertThat(count(now, "ACT_HI_VARINST")).as("no variable history").isEqualTo(variables);
      assertThat(count(now, "ACT_HI_ACTINST")).as("steps still recorded").isGreaterThan(steps);
    }
  }

  private static String open(ConfigurableApplicationContext context) {
    NewTicketRequest request = Requests.question("Como emitir relatório?");
    return context
        .getBean(TicketIntake.class)
        .open(new Caller("leiloes-basic", Set.of(Caller.CLIENTS), Set.of("leiloes")), request, null)
        .ticket()
        .id();
  }

  private static int level(ConfigurableApplicationContext context) {
    return context.getBean(ManagementService.class).getHistoryLevel();
  }

  private static long count(ConfigurableApplicationContext context, String table) {
    return jdbc(context).queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
    return new JdbcTemplate(context.getBean(DataSource.class));
  }
}
