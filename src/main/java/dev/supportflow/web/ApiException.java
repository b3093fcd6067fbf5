package dev.supportflow.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A request the API refuses, with the status and words the caller gets (API.md "Errors"). */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final List<FieldError> errors;

  public ApiException(HttpStatus status, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public static ApiException badRequest(String field, String message) {
    return new ApiException(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        field + ": " + message,
        List.of(new FieldError(field, message)));
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of());
  }

  public static ApiException notFound(String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, "Not found", detail, List.of());
  }

  public static ApiException conflict(String detail) {
    return new ApiException(HttpStatus.CONFLICT, "Conflict", detail, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public record FieldError(String field, String message) {}
}
