package dev.supportflow.policy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Portuguese labels the forms show instead of codes ({@code OPERATION_BLOCKED} → "Operação
 * bloqueada"), from one file next to the forms, {@value #FILE}, which the process owner edits like
 * the models. Read once at start-up, from where the models come from; a code without a label is
 * shown as it is, so a new code in a table never breaks a form.
 */
@Component
public class FormLabels {

  static final String FILE = "bpmn/forms/labels.properties";

  private static final Logger log = LoggerFactory.getLogger(FormLabels.class);

  private final Map<String, String> labels;

  FormLabels(SupportFlowProperties properties) {
    this.labels = load(properties.policyLocation(FILE));
  }

  /** The label of a code of this kind ({@code channel}, {@code type}, …); null for no code. */
  public String of(String kind, Object code) {
    if (code == null) {
      return null;
    }
    String name = code.toString();
    return labels.getOrDefault(kind + "." + name, name);
  }

  private static Map<String, String> load(String location) {
    try {
      Resource[] found = new PathMatchingResourcePatternResolver().getResources(location);
      if (found.length == 0 || !found[0].exists()) {
        log.warn("No labels at {}: forms show codes", location);
        return Map.of();
      }
      Properties properties = new Properties();
      try (Reader reader =
          new InputStreamReader(found[0].getInputStream(), StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return properties.stringPropertyNames().stream()
          .collect(Collectors.toUnmodifiableMap(k -> k, properties::getProperty));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + location, e);
    }
  }
}
