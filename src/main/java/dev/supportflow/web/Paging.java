package dev.supportflow.web;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list endpoint ({@code GET /api/tickets}, {@code /api/meetings}, {@code
 * /api/trainings}, {@code /api/interventions}): {@code page} from 0, {@code size} 1–100 (the
 * endpoints default to 0 and 20). Out of range is a 400 naming the parameter.
 */
public record Paging(int page, int size) {

  public static final int MAX_SIZE = 100;

  public Paging {
    if (page < 0) {
      throw ApiException.badRequest("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApiException.badRequest("size", "must be between 1 and " + MAX_SIZE);
    }
  }

  /** How many rows come before this page. */
  public long offset() {
    return (long) page * size;
  }

  /**
   * This page of a client-record table ({@code ticket}, {@code meeting}, {@code training}, {@code
   * intervention}), newest first; a null tenant, client or status matches any. {@code table} is a
   * constant of the caller, never input: it names the table and its {@code <table>_number} key.
   */
  public <T> List<T> newestFirst(
      JdbcClient jdbc,
      String table,
      String tenant,
      String clientId,
      Enum<?> status,
      RowMapper<T> rows) {
    return jdbc.sql(
            """
            SELECT * FROM %1$s
            WHERE (CAST(:tenant AS VARCHAR(32)) IS NULL OR tenant = :tenant)
              AND (CAST(:clientId AS VARCHAR(64)) IS NULL OR client_id = :clientId)
              AND (CAST(:status AS VARCHAR(32)) IS NULL OR status = :status)
            ORDER BY %1$s_number DESC
            OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY
            """
                .formatted(table))
        .param("tenant", tenant)
        .param("clientId", clientId)
        .param("status", status == null ? null : status.name())
        .param("offset", offset())
        .param("size", size)
        .query(rows)
        .list();
  }
}
