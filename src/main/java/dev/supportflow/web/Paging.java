package dev.supportflow.web;

/**
 * One page of a list endpoint ({@code GET /api/tickets}, {@code /api/meetings}, {@code /api/trainings},
 * {@code /api/interventions}): {@code page} from 0, {@code size} 1–100 (the endpoints default to 0 and 20). Out of
 * range is a 400 naming the parameter.
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
}
