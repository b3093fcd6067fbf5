package dev.supportflow.web;

import dev.supportflow.H2Plans;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.intervention.InterventionStatus;
import dev.supportflow.meeting.MeetingStatus;
import dev.supportflow.ticket.TicketStatus;
import dev.supportflow.training.TrainingStatus;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A page of client records (GET /api/tickets as a client, and meetings, trainings, interventions),
 * for a client, a status, or both, is read backwards from an index and stops at the page, however
 * many records the desk or the client holds.
 */
class NewestFirstPlanTest extends SupportFlowIntegrationTest {

  /** Each client-record table with one of its statuses. */
  private static final Map<String, Enum<?>> TABLES =
      Map.of(
          "ticket", TicketStatus.OPEN,
          "meeting", MeetingStatus.values()[0],
          "training", TrainingStatus.values()[0],
          "intervention", InterventionStatus.values()[0]);

  @Autowired NamedParameterJdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  private final Paging firstPage = new Paging(0, 20);

  @BeforeEach
  void onH2() throws Exception {
    H2Plans.assumeH2(dataSource);
  }

  @Test
  @DisplayName(
      "Lists: a client's newest records come from <table>_by_client, in one status from <table>_by_client_status")
  void aClientsRecordsStopAtThePage() {
    TABLES.forEach(
        (table, status) -> {
          assertReadInOrder(
              firstPage.newestFirst(table, "oobj", "oobj-saas", null), table, "CLIENT");
          assertReadInOrder(
              firstPage.newestFirst(table, "oobj", "oobj-saas", status), table, "CLIENT_STATUS");
        });
  }

  @Test
  @DisplayName("Lists: a tenant's newest records in one status come from <table>_by_status")
  void aStatusStopsAtThePage() {
    TABLES.forEach(
        (table, status) ->
            assertReadInOrder(
                firstPage.newestFirst(table, "leiloes", null, status), table, "STATUS"));
  }

  private void assertReadInOrder(Paging.Query query, String table, String by) {
    H2Plans.assertReadInOrder(
        H2Plans.plan(jdbc, query.sql(), query.params()),
        table.toUpperCase(Locale.ROOT) + "_BY_" + by);
  }
}
