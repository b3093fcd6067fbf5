package dev.supportflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.supportflow.SupportFlowIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generated OpenAPI document and docs/api.md describe the same endpoints. */
class OpenApiDocumentTest extends SupportFlowIntegrationTest {

  /**
   * An endpoint as API.md writes it in its tables: {@code `GET /api/tickets/{id}`}, query string
   * left out.
   */
  private static final Pattern API_MD_ENDPOINT =
      Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) (/api/[^`?\\s]*)[^`]*`");

  @Test
  @DisplayName(
      "OpenAPI: /v3/api-docs lists exactly the /api endpoints of docs/api.md, with their methods")
  void openApiMatchesApiMd() throws Exception {
    JsonNode document = document();

    assertThat(document.path("openapi").asText()).startsWith("3.");
    assertThat(endpoints(document)).isNotEmpty().isEqualTo(apiMdEndpoints());
  }

  @Test
  @DisplayName(
      "OpenAPI: proposedStart and preferredDate are documented as strings (a date-time with offset or a date), as clients send them")
  void datesAreStrings() {
    JsonNode schemas = document().path("components").path("schemas");

    for (String[] field :
        new String[][] {
          {"NewMeetingRequest", "proposedStart"},
          {"NewTrainingRequest", "preferredDate"},
          {"NewInterventionRequest", "preferredDate"}
        }) {
      JsonNode schema = schemas.path(field[0]).path("properties").path(field[1]);
      if (schema.has("$ref")) {
        schema = schemas.path(schema.path("$ref").asText().replace("#/components/schemas/", ""));
      }
      assertThat(schema.path("type").asText())
          .as(field[0] + "." + field[1] + ": " + schema)
          .isEqualTo("string");
    }
  }

  private JsonNode document() {
    return api.get(null, "/v3/api-docs").assertStatus(200).json();
  }

  private static Set<String> endpoints(JsonNode document) {
    Set<String> found = new TreeSet<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path -> {
              if (path.getKey().startsWith("/api/")) {
                Iterator<String> methods = path.getValue().fieldNames();
                methods.forEachRemaining(
                    m -> found.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey()));
              }
            });
    return found;
  }

  private static Set<String> apiMdEndpoints() throws IOException {
    Set<String> found = new TreeSet<>();
    Matcher matcher = API_MD_ENDPOINT.matcher(Files.readString(Path.of("docs/api.md")));
    while (matcher.find()) {
      found.add(matcher.group(1) + " " + matcher.group(2));
    }
    return found;
  }
}
