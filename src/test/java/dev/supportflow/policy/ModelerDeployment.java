package dev.supportflow.policy;

import dev.supportflow.HttpApi;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What Camunda Modeler posts to {@code /engine-rest/deployment/create}: multipart form data with
 * the deployment's name, source, changed-only flag, tenant id (left out when empty) and the file,
 * as the user in HTTP Basic.
 */
final class ModelerDeployment {

  private final Map<String, String> fields = new LinkedHashMap<>();
  private final String fileName;
  private final String content;

  private ModelerDeployment(String name, String tenantId, String fileName, String content) {
    fields.put("deployment-name", name);
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("deploy-changed-only", "true");
    if (tenantId != null) {
      fields.put("tenant-id", tenantId);
    }
    this.fileName = fileName;
    this.content = content;
  }

  static ModelerDeployment of(String name, String tenantId, String fileName, String content) {
    return new ModelerDeployment(name, tenantId, fileName, content);
  }

  HttpApi.Response send(HttpApi api, String user) {
    String boundary = "----modeler" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            write(
                body,
                "--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                    .formatted(boundary, name, value)));
    write(
        body,
        ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n%s\r\n--%s--\r\n")
            .formatted(boundary, fileName, fileName, content, boundary));
    return api.exchange(
        user,
        HttpApi.PASSWORD,
        "POST",
        "/engine-rest/deployment/create",
        BodyPublishers.ofByteArray(body.toByteArray()),
        "Content-Type",
        "multipart/form-data; boundary=" + boundary);
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
