package dev.supportflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The process variables a task's Camunda Form binds: those its fields may change ({@code writable})
 * and those it only shows ({@code readOnly}: {@code "readonly": true} or {@code "disabled": true}).
 * A field's variable is the first segment of its key ({@code a.b} binds variable {@code a}), or of
 * the {@code path} of the group or list it sits in. A field whose {@code readonly} is an expression
 * may be editable, so it counts as writable.
 */
record TaskFormFields(String formId, Set<String> writable, Set<String> readOnly) {

  /** A task without a Camunda Form: it has no fields, so its completion carries no variables. */
  static TaskFormFields none() {
    return new TaskFormFields(null, Set.of(), Set.of());
  }

  static TaskFormFields of(JsonNode form) {
    Set<String> writable = new LinkedHashSet<>();
    Set<String> readOnly = new LinkedHashSet<>();
    collect(form.path("components"), null, false, writable, readOnly);
    readOnly.removeAll(writable);
    return new TaskFormFields(
        form.path("id").asText(null), Set.copyOf(writable), Set.copyOf(readOnly));
  }

  private static void collect(
      JsonNode components,
      String path,
      boolean readOnlyParent,
      Set<String> writable,
      Set<String> readOnly) {
    for (JsonNode component : components) {
      boolean shownOnly =
          readOnlyParent || isTrue(component, "readonly") || isTrue(component, "disabled");
      String key = component.path("key").asText("");
      if (!key.isBlank()) {
        (shownOnly ? readOnly : writable).add(firstSegment(path != null ? path : key));
      }
      if (component.has("components")) {
        String own = component.path("path").asText("");
        collect(
            component.get("components"),
            path != null ? path : own.isBlank() ? null : own,
            shownOnly,
            writable,
            readOnly);
      }
    }
  }

  private static boolean isTrue(JsonNode component, String property) {
    JsonNode value = component.path(property);
    return value.isBoolean() && value.booleanValue();
  }

  private static String firstSegment(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}
