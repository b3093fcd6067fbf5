package dev.supportflow.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as problem+json (RFC 9457), with field errors for validation and never a stack
 * trace.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    return problem(e.status(), e.title(), e.getMessage(), e.errors());
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Conflict",
        "Someone else changed this at the same moment; read it again and retry.",
        List.of());
  }

  /**
   * Spring Security's firewall checks header values when they are read, which may be inside a
   * controller.
   */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad Request", ProblemTexts.REJECTED, List.of());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        e.getName() + ": invalid value",
        List.of(new ApiException.FieldError(e.getName(), "invalid value '" + e.getValue() + "'")));
  }

  /** A body announced as multipart that cannot be read as such (too large is a 413 of its own). */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Malformed multipart body",
        "The request body is not valid multipart/form-data.",
        List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unexpected error", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Internal error",
        "The request could not be completed. Nothing was changed; it is safe to retry.",
        List.of());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<ApiException.FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new ApiException.FieldError(f.getField(), f.getDefaultMessage()))
            .toList();
    String detail =
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return cast(problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (causedBy(e, PayloadTooLargeException.class)) {
      return cast(
          problem(
              HttpStatus.PAYLOAD_TOO_LARGE,
              "Payload too large",
              "The request body is larger than " + RequestSizeLimitFilter.LIMIT + " bytes.",
              List.of()));
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."));
      // Our value types (e.g. DateOrDateTime) refuse a text with an IllegalArgumentException
      // written for the client.
      String message =
          mapping instanceof InvalidFormatException format && format.getTargetType().isEnum()
              ? "unknown value '"
                  + format.getValue()
                  + "'; allowed: "
                  + List.of(format.getTargetType().getEnumConstants())
              : mapping instanceof ValueInstantiationException
                      && mapping.getCause() instanceof IllegalArgumentException bad
                  ? bad.getMessage()
                  : "invalid value";
      return cast(
          problem(
              HttpStatus.BAD_REQUEST,
              "Invalid request",
              field + ": " + message,
              List.of(new ApiException.FieldError(field, message))));
    }
    return cast(
        problem(
            HttpStatus.BAD_REQUEST,
            "Malformed JSON",
            "The request body is not valid JSON.",
            List.of()));
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String title, String detail, List<ApiException.FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
    return (ResponseEntity) response;
  }
}
