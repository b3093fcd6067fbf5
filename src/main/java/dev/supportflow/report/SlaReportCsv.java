package dev.supportflow.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The report's rows as CSV (RFC 4180): a header line with the JSON names, then a line per row. */
final class SlaReportCsv {

  static final List<String> COLUMNS =
      List.of(
          "group",
          "tickets",
          "firstResponseMet",
          "firstResponseBreached",
          "resolutionMet",
          "resolutionBreached",
          "medianFirstResponseBusinessMinutes",
          "p90FirstResponseBusinessMinutes");

  private SlaReportCsv() {}

  static String of(SlaReport report) {
    StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (SlaReport.Row row : report.rows()) {
      csv.append(
              Stream.of(
                      quoted(row.group()),
                      row.tickets(),
                      row.firstResponseMet(),
                      row.firstResponseBreached(),
                      row.resolutionMet(),
                      row.resolutionBreached(),
                      row.medianFirstResponseBusinessMinutes(),
                      row.p90FirstResponseBusinessMinutes())
                  .map(value -> Objects.toString(value, ""))
                  .collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String quoted(String value) {
    if (value == null || value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n')) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
