package dev.supportflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes problem+json straight to a servlet response, for errors raised before a controller runs.
 */
@Component
public class ProblemResponses {

  private final ObjectMapper objectMapper;

  public ProblemResponses(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  public void write(
      HttpServletResponse response,
      HttpStatus status,
      String title,
      String detail,
      boolean challenge)
      throws IOException {
    write(response, status, title, detail, challenge, Map.of());
  }

  /** With extra members, e.g. {@code errors} as the API's validation answers carry them. */
  public void write(
      HttpServletResponse response,
      HttpStatus status,
      String title,
      String detail,
      boolean challenge,
      Map<String, Object> properties)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    properties.forEach(problem::setProperty);
    response.setStatus(status.value());
    if (challenge) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"SupportFlow\"");
    }
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
