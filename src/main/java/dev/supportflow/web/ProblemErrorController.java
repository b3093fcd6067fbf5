package dev.supportflow.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that reach the servlet container's error page (a {@code sendError} outside a controller:
 * no handler, the firewall, a filter) answer problem+json like the API, instead of Spring Boot's
 * JSON or an HTML page. The detail says what the status means and never what failed inside.
 */
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    HttpStatus status = status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ProblemTexts.detail(status));
    problem.setTitle(status.getReasonPhrase());
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static HttpStatus status(Object code) {
    if (code == null) {
      return HttpStatus.NOT_FOUND; // /error asked for directly: there is nothing at this address
    }
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }
}
