package dev.supportflow.report;

import java.time.Instant;
import java.util.List;

/**
 * The SLA report of one tenant's tickets received in [{@code from}, {@code to}): a row per group of
 * the tickets with an SLA, and {@code noSla}, how many had none (refused, out of scope, or no
 * target by policy).
 */
record SlaReport(String tenant, Instant from, Instant to, long noSla, List<Row> rows) {

  /**
   * A group's figures. A target counts as met or breached once decided, and as breached while open
   * after its due time; otherwise neither. The percentiles are of the business minutes to the first
   * response, over the tickets that had one (null when none did).
   */
  record Row(
      String group,
      long tickets,
      long firstResponseMet,
      long firstResponseBreached,
      long resolutionMet,
      long resolutionBreached,
      Long medianFirstResponseBusinessMinutes,
      Long p90FirstResponseBusinessMinutes) {}
}
