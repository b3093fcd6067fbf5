package dev.supportflow.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Query query = newestFirst(table, tenant, clientId, status);
    return jdbc.sql(query.sql()).params(query.params()).query(rows).list();
  }

  /** A statement and its named parameters. */
  record Query(String sql, Map<String, Object> params) {}

  /**
   * Only the filters given become conditions, and the ORDER BY begins with the columns they fix, in
   * the order of the indexes every client-record table has ({@code <table>_by_client}: tenant,
   * client, number; {@code <table>_by_status}: tenant, status, number; {@code
   * <table>_by_client_status}: tenant, client, status, number). Fixed columns do not change the
   * order, but they let the database read the index backwards and stop at the page; ordered by the
   * number alone, H2 walks every record of every client from the newest until the page is full
   * (docs/architecture.md, "Newest first").
   */
  Query newestFirst(String table, String tenant, String clientId, Enum<?> status) {
    List<String> conditions = new ArrayList<>();
    List<String> order = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (tenant != null) {
      conditions.add("tenant = :tenant");
      params.put("tenant", tenant);
    }
    if (clientId != null) {
      conditions.add("client_id = :clientId");
      params.put("clientId", clientId);
    }
    if (status != null) {
      conditions.add("status = :status");
      params.put("status", status.name());
    }
    if (tenant != null && (clientId != null || status != null)) {
      order.add("tenant DESC");
      if (clientId != null) {
        order.add("client_id DESC");
      }
      if (status != null) {
        order.add("status DESC");
      }
    }
    order.add(table + "_number DESC");
    params.put("offset", offset());
    params.put("size", size);
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new Query(
        "SELECT * FROM "
            + table
            + where
            + " ORDER BY "
            + String.join(", ", order)
            + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY",
        params);
  }
}
