package dev.supportflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.H2FileApplication;
import dev.supportflow.Requests;
import dev.supportflow.security.Caller;
import dev.supportflow.ticket.TicketIntake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * SupportFlow on an H2 file compacts it when it stops normally: the file it leaves is as small as
 * H2's own {@code SHUTDOWN COMPACT} makes it, whatever the URL says ({@code DEFRAG_ALWAYS} is not
 * set here).
 */
class H2FileCompactionTest {

  @TempDir Path home;

  @Test
  @DisplayName("H2: a normal stop leaves the file as small as SHUTDOWN COMPACT makes it")
  void aNormalStopLeavesTheFileCompacted() throws Exception {
    String url =
        "jdbc:h2:file:"
            + home.resolve("db").toAbsolutePath()
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    Path file = home.resolve("db.mv.db");
    long running;
    try (ConfigurableApplicationContext app = H2FileApplication.start(url)) {
      TicketIntake intake = app.getBean(TicketIntake.class);
      for (int i = 0; i < 40; i++) {
        open(intake, i);
      }
      running = Files.size(file);
    }
    long stopped = Files.size(file);

    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      ResultSet tickets = statement.executeQuery("SELECT COUNT(*) FROM ticket");
      tickets.next();
      assertThat(tickets.getInt(1)).as("tickets in the compacted file").isEqualTo(40);
      statement.execute("SHUTDOWN COMPACT");
    }
    long compacted = Files.size(file);

    assertThat(running).as("the running file, durable commits").isGreaterThan(3 * compacted);
    assertThat(stopped).as("the file a normal stop leaves").isLessThan(compacted + compacted / 10);
  }

  private static void open(TicketIntake intake, int n) {
    intake.open(
        new Caller("leiloes-basic", Set.of(Caller.CLIENTS), Set.of("leiloes")),
        Requests.question("Como emitir relatório " + n + "?"),
        null);
  }
}
