package dev.supportflow.cluster;

import dev.supportflow.policy.HistoryLevelMigrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link HistoryLevelMigrationTest}'s scenario on PostgreSQL, with the prod profile. */
class PostgresHistoryLevelMigrationTest {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName(
      "PostgreSQL: a database recorded at level full starts at trail, keeps its decision trail, and can go back")
  void databaseRecordedAtFull() {
    try (PostgresTestDatabase database = PostgresTestDatabase.create("sf_history")) {
      HistoryLevelMigrationTest.fromFullAndBack(
          level ->
              level == null
                  ? Node.start(
                      database, "node-history", "--camunda.bpm.job-execution.enabled=false")
                  : Node.start(
                      database,
                      "node-history",
                      "--camunda.bpm.job-execution.enabled=false",
                      "--camunda.bpm.history-level=" + level));
    }
  }
}
