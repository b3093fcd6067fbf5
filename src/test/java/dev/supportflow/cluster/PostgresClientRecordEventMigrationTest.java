package dev.supportflow.cluster;

import dev.supportflow.clientrecord.ClientRecordEventMigrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link ClientRecordEventMigrationTest}'s scenario on PostgreSQL. */
class PostgresClientRecordEventMigrationTest {

  @Test
  @DisplayName(
      "PostgreSQL: V24 moves every record's entries from the four event tables into one, in order, with their times")
  void onPostgres() {
    try (PostgresTestDatabase database = PostgresTestDatabase.create("sf_events")) {
      ClientRecordEventMigrationTest.movesEveryEntryInOrder(
          new DriverManagerDataSource(database.url, database.user, database.password));
    }
  }
}
