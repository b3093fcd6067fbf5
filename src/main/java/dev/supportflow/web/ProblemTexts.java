package dev.supportflow.web;

import org.springframework.http.HttpStatus;

/**
 * What an error status means to a caller, for errors raised before any of our code could say more.
 */
final class ProblemTexts {

  /**
   * Spring Security's firewall refused the path or a header value ({@code %2e%2e}, {@code //},
   * control characters).
   */
  static final String REJECTED =
      "The request's path or headers contain characters or sequences that are not accepted.";

  private ProblemTexts() {}

  static String detail(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST ->
          "The request is malformed (its path, query or headers) and was not processed.";
      case UNAUTHORIZED -> "Send HTTP Basic credentials of a SupportFlow user.";
      case FORBIDDEN -> "You may not do this.";
      case NOT_FOUND -> "There is nothing at this address.";
      case METHOD_NOT_ALLOWED -> "This address does not take this method.";
      case REQUEST_HEADER_FIELDS_TOO_LARGE, URI_TOO_LONG ->
          "The request's address or headers are too long.";
      case PAYLOAD_TOO_LARGE -> "The request body is too large.";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
      case NOT_ACCEPTABLE ->
          "The answer is available as application/json (errors: application/problem+json).";
      default ->
          status.is5xxServerError()
              ? "The request could not be completed. Nothing was changed; it is safe to retry."
              : "The request was not processed.";
    };
  }
}
