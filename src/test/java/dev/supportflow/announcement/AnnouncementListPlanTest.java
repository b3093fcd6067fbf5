package dev.supportflow.announcement;

import dev.supportflow.H2Plans;
import dev.supportflow.SupportFlowIntegrationTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A tenant's newest announcements are read backwards from their index, stopping at the page. */
class AnnouncementListPlanTest extends SupportFlowIntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @Test
  @DisplayName(
      "Lists: a tenant's newest announcements come from announcement_by_tenant read backwards")
  void newestAnnouncementsStopAtThePage() throws Exception {
    H2Plans.assumeH2(dataSource);
    H2Plans.assertReadInOrder(
        H2Plans.plan(jdbc, AnnouncementRepository.NEWEST, "oobj", 20), "ANNOUNCEMENT_BY_TENANT");
  }
}
