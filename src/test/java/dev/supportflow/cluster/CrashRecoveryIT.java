package dev.supportflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash under load loses and duplicates nothing: the packaged application on a database of its
 * own, six gateway callers opening tickets, {@code kill -9} in the middle, a restart on the same
 * files. Every ticket answered {@code 201} is there, the SLA timers running at the crash still
 * fire, and the requests cut off by the crash, retried with their {@code Idempotency-Key}, create
 * each ticket once. Runs after {@code package} (failsafe).
 */
class CrashRecoveryIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CALLERS = 6;
  private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(15);
  private static final String GATEWAY = "leiloes-gateway";

  /**
   * An emergency during an auction has a first response due in 5 minutes on a 24x7 clock (L-2.2).
   */
  private static final Duration SLA = Duration.ofMinutes(5);

  /**
   * Tickets are received this long before they are sent, so their first-response timer fires after
   * the restart.
   */
  private static final Duration RECEIVED_BEFORE_SENT = Duration.ofSeconds(240);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @TempDir Path workDir;

  @Test
  @DisplayName(
      "Durability on H2 (default): kill -9 under load loses no acknowledged ticket, timers fire, retries duplicate nothing")
  void crashOnTheEmbeddedDatabase() throws Exception {
    String jdbcUrl =
        "jdbc:h2:file:" + workDir.resolve("data/supportflow") + ";DB_CLOSE_ON_EXIT=FALSE";
    crashAndRecover(List.of(), jdbcUrl, "sa", "");
  }

  @Test
  @DisplayName(
      "Durability on PostgreSQL: kill -9 under load loses no acknowledged ticket, timers fire, retries duplicate nothing")
  void crashOnPostgres() throws Exception {
    try (PostgresTestDatabase database = PostgresTestDatabase.create("crash")) {
      crashAndRecover(
          List.of(database.datasourceArgs()), database.url, database.user, database.password);
    }
  }

  private void crashAndRecover(
      List<String> databaseArgs, String jdbcUrl, String dbUser, String dbPassword)
      throws Exception {
    int port = freePort();
    Server server = Server.start(workDir, port, databaseArgs);
    Map<String, Sent> acknowledged = new ConcurrentHashMap<>();
    Map<String, Sent> cutOff = new ConcurrentHashMap<>();
    try {
      load(port, acknowledged, cutOff, server);
    } finally {
      server.kill();
    }
    assertThat(acknowledged).as("tickets acknowledged before the crash").hasSizeGreaterThan(20);

    server = Server.start(workDir, port, databaseArgs);
    try {
      for (Sent sent : acknowledged.values()) {
        HttpResponse<String> read = get(port, "/api/tickets/" + sent.ticketId);
        assertThat(read.statusCode())
            .as("acknowledged %s after the restart", sent.ticketId)
            .isEqualTo(200);
        assertThat(JSON.readTree(read.body()).path("subject").asText()).isEqualTo(sent.subject);
      }

      List<String> retriedIds = new ArrayList<>();
      for (Sent sent : cutOff.values()) {
        HttpResponse<String> retry = post(port, sent);
        assertThat(retry.statusCode()).as("retry of a request cut off by the crash").isIn(200, 201);
        retriedIds.add(JSON.readTree(retry.body()).path("id").asText());
      }
      for (Sent sent : acknowledged.values().stream().limit(20).toList()) {
        HttpResponse<String> retry = post(port, sent);
        assertThat(retry.statusCode()).as("retry of an acknowledged request").isEqualTo(200);
        assertThat(JSON.readTree(retry.body()).path("id").asText()).isEqualTo(sent.ticketId);
      }

      Instant lastDue =
          acknowledged.values().stream()
              .map(s -> s.receivedAt.plus(SLA))
              .max(Instant::compareTo)
              .orElseThrow();
      awaitBreaches(port, acknowledged.values().stream().map(s -> s.ticketId).toList(), lastDue);

      assertThat(retriedIds).doesNotHaveDuplicates();
    } finally {
      server.stop();
    }
    // Read after the stop: an H2 file is open in one process at a time.
    long distinctRequests =
        acknowledged.size()
            + cutOff.keySet().stream().filter(key -> !acknowledged.containsKey(key)).count();
    assertThat(ticketsOf(jdbcUrl, dbUser, dbPassword))
        .as("tickets stored: one per request, none twice")
        .isEqualTo(distinctRequests);
    System.out.printf(
        "Crash recovery: %d tickets acknowledged before kill -9, all found; %d requests cut off and "
            + "retried; %d tickets stored%n",
        acknowledged.size(), cutOff.size(), distinctRequests);
  }

  private void load(
      int port, Map<String, Sent> acknowledged, Map<String, Sent> cutOff, Server server)
      throws InterruptedException {
    AtomicBoolean crashed = new AtomicBoolean(false);
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    for (int c = 0; c < CALLERS; c++) {
      callers.submit(
          () -> {
            while (!crashed.get()) {
              Sent sent = Sent.next();
              try {
                HttpResponse<String> answer = post(port, sent);
                if (answer.statusCode() == 201) {
                  sent.ticketId = JSON.readTree(answer.body()).path("id").asText();
                  acknowledged.put(sent.key, sent);
                } else {
                  throw new AssertionError(
                      "intake answered " + answer.statusCode() + ": " + answer.body());
                }
              } catch (IOException cutByTheCrash) {
                cutOff.put(sent.key, sent);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
            }
          });
    }
    Thread.sleep(LOAD_BEFORE_KILL.toMillis());
    crashed.set(true);
    server.kill();
    callers.shutdown();
    assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  private void awaitBreaches(int port, List<String> ticketIds, Instant lastDue) throws Exception {
    Instant deadline = lastDue.plus(Duration.ofSeconds(90));
    List<String> waiting = new ArrayList<>(ticketIds);
    while (!waiting.isEmpty() && Instant.now().isBefore(deadline)) {
      List<String> breached = new ArrayList<>();
      for (String id : waiting) {
        JsonNode timeline = JSON.readTree(get(port, "/api/tickets/" + id).body()).path("timeline");
        for (JsonNode event : timeline) {
          if ("SLA_BREACHED".equals(event.path("kind").asText())) {
            breached.add(id);
            break;
          }
        }
      }
      waiting.removeAll(breached);
      if (!waiting.isEmpty()) {
        Thread.sleep(2000);
      }
    }
    assertThat(waiting)
        .as("tickets whose first-response timer never fired after the restart")
        .isEmpty();
  }

  private static long ticketsOf(String jdbcUrl, String user, String password) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT COUNT(*) FROM ticket WHERE created_by = '" + GATEWAY + "'")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private HttpResponse<String> post(int port, Sent sent) throws IOException, InterruptedException {
    return http.send(
        request(port, "/api/tickets")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", sent.key)
            .POST(BodyPublishers.ofString(sent.body))
            .build(),
        BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(
        request(port, path).GET().build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder request(int port, String path) {
    String basic =
        Base64.getEncoder().encodeToString((GATEWAY + ":demo").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + basic);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * One intake request as a gateway relays it: its key and body stay the same when it is retried.
   */
  private static final class Sent {
    final String key = UUID.randomUUID().toString();
    final String subject;
    final Instant receivedAt;
    final String body;
    volatile String ticketId;

    private Sent(String subject, Instant receivedAt, String body) {
      this.subject = subject;
      this.receivedAt = receivedAt;
      this.body = body;
    }

    static Sent next() {
      String subject = "Leilão parado " + UUID.randomUUID().toString().substring(0, 8);
      Instant receivedAt =
          Instant.now().minus(RECEIVED_BEFORE_SENT).truncatedTo(ChronoUnit.SECONDS);
      ObjectNode body =
          JSON.createObjectNode()
              .put("clientId", "leiloes-basic")
              .put("receivedAt", receivedAt.toString())
              .put("channel", "WHATSAPP_OFFICIAL")
              .put("type", "INCIDENT")
              .put("topic", "SOFTWARE_FAILURE")
              .put("symptom", "SERVER_DOWN")
              .put("auctionInProgress", true)
              .put("subject", subject)
              .put("description", "Teste de queda do servidor");
      return new Sent(subject, receivedAt, body.toString());
    }
  }

  /** The packaged application as its own process, so it can be killed like a real server. */
  private static final class Server {
    private final Process process;
    private final Path log;

    private Server(Process process, Path log) {
      this.process = process;
      this.log = log;
    }

    static Server start(Path workDir, int port, List<String> databaseArgs) throws Exception {
      String jar = System.getProperty("supportflow.jar");
      assertThat(jar)
          .as("system property supportflow.jar (set by the failsafe plugin)")
          .isNotBlank();
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx768m",
                  "-Duser.timezone=UTC",
                  "-jar",
                  jar,
                  "--server.port=" + port,
                  "--supportflow.mail.smtp.port=0",
                  "--supportflow.mail.imap.port=0",
                  "--camunda.bpm.webapp.enabled=false",
                  "--logging.level.root=WARN"));
      command.addAll(databaseArgs);
      Path log = workDir.resolve("server.log");
      Process process =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      Server server = new Server(process, log);
      server.awaitReady(port);
      return server;
    }

    private void awaitReady(int port) throws Exception {
      HttpClient client = HttpClient.newHttpClient();
      Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new AssertionError("The server stopped while starting:\n" + tail());
        }
        try {
          HttpResponse<String> health =
              client.send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                      .build(),
                  BodyHandlers.ofString());
          if (health.statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // still starting
        }
        Thread.sleep(500);
      }
      throw new AssertionError("The server did not become ready:\n" + tail());
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
      if (process.isAlive()) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    }

    private String tail() throws IOException {
      try (Stream<String> lines = Files.lines(log)) {
        List<String> all = lines.toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
      }
    }
  }
}
