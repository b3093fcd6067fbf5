package dev.supportflow.ticket;

import static dev.supportflow.Requests.incident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.TableRows;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What one ticket costs the database: the rows every table gains while a business-hours ticket runs
 * from {@code POST /api/tickets} to its first wait state (the analysts' first-response task). It
 * fails when a change adds rows unnoticed; the message lists the rows per table.
 */
class IntakeRowCountTest extends SupportFlowIntegrationTest {

  /**
   * Rows written by one business-hours intake: 31 (209 when the process copied the ticket and
   * stored its decisions as maps, 84 at {@code full-without-detail}, 70 at {@code trail} while
   * decisions were in Camunda's decision history): the ticket and its 5 timeline entries; the
   * instance's 4 variables (emergency, routeTo, ticketSummary, ticketHeadline) in ACT_RU_VARIABLE
   * only (no variable history); 6 steps (start event, service tasks, the task; gateways and
   * business rule tasks are not recorded); 4 decisions, one row each in the decision trail (C-2);
   * the task, its candidate group, grant and timer; two message subscriptions, one per event
   * subprocess that waits from the start (L-5's developer contact, and changed facts); the
   * ticket-received e-mail in the outbox (written in the intake's transaction, so a rolled-back
   * intake sends nothing). No margin: a change that writes more must say so here
   * (docs/architecture.md, "History").
   */
  static final long MAX_ROWS = 31;

  @Autowired TicketIntake intake;
  @Autowired DataSource dataSource;

  @Test
  @DisplayName(
      "Issue 10: one business-hours intake up to its first wait state writes at most 31 rows (209 before, 60 wanted), per table in the message")
  void oneIntakeWritesFewRows() {
    TableRows rows = new TableRows(dataSource);
    clockAt("2026-11-24T10:00");
    // A first ticket of the day, so that nothing the engine does once (caches, first deployment
    // reads) is counted.
    open();

    Map<String, Long> before = rows.count();
    TicketView ticket = open();
    Map<String, Long> written = TableRows.diff(before, rows.count());

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    List<String> stored =
        runtimeService
            .createVariableInstanceQuery()
            .processInstanceIdIn(
                runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(ticket.id())
                    .singleResult()
                    .getId())
            .list()
            .stream()
            .map(VariableInstance::getName)
            .sorted()
            .toList();
    assertThat(TableRows.total(written))
        .as(
            "rows written by one intake, per table:%s%nstored variables: %s",
            TableRows.describe(written), stored)
        .isLessThanOrEqualTo(MAX_ROWS);
    assertThat(stored)
        .as("what the process stores of a ticket in business hours")
        .containsExactly("emergency", "routeTo", "ticketHeadline", "ticketSummary");
    System.out.println(
        "Rows written by one business-hours intake:"
            + TableRows.describe(written)
            + "\nstored variables: "
            + stored);
  }

  private TicketView open() {
    return intake
        .open(client("leiloes-basic", "leiloes"), incident(Symptom.DEGRADED, false, null), null)
        .ticket();
  }
}
