package dev.supportflow.web;

import dev.supportflow.H2Plans;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.ticket.TicketStatus;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A page of a client's tickets (GET /api/tickets as a client), also in one status, is read
 * backwards from an index and stops at the page, however many tickets the desk or the client holds;
 * so is a page of a tenant's tickets in one status, and of a client's meetings.
 */
class NewestFirstPlanTest extends SupportFlowIntegrationTest {

  @Autowired NamedParameterJdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  private final Paging firstPage = new Paging(0, 20);

  @BeforeEach
  void onH2() throws Exception {
    H2Plans.assumeH2(dataSource);
  }

  @Test
  @DisplayName(
      "Lists: a client's newest tickets come from ticket_by_client, in one status from ticket_by_client_status, read backwards")
  void aClientsTicketsStopAtThePage() {
    assertReadInOrder(
        firstPage.newestFirst("ticket", "oobj", "oobj-saas", null), "TICKET_BY_CLIENT");
    assertReadInOrder(
        firstPage.newestFirst("ticket", "oobj", "oobj-saas", TicketStatus.OPEN),
        "TICKET_BY_CLIENT_STATUS");
    assertReadInOrder(
        firstPage.newestFirst("meeting", "oobj", "oobj-saas", null), "MEETING_BY_CLIENT");
  }

  @Test
  @DisplayName(
      "Lists: a tenant's newest tickets in one status come from ticket_by_status read backwards")
  void aStatusStopsAtThePage() {
    assertReadInOrder(
        firstPage.newestFirst("ticket", "leiloes", null, TicketStatus.OPEN), "TICKET_BY_STATUS");
  }

  private void assertReadInOrder(Paging.Query query, String index) {
    H2Plans.assertReadInOrder(H2Plans.plan(jdbc, query.sql(), query.params()), index);
  }
}
