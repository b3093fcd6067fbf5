package dev.supportflow.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** Loads the tenants' DMN tables from the repository's {@code dmn/} folder and evaluates them. */
final class DmnTables {

  /** The policy folder; tests run with the project root as working directory. */
  static final Path DMN_DIR = Path.of("dmn");

  static final List<String> TENANTS = List.of("leiloes", "oobj");

  private DmnTables() {}

  static Path file(String tenant, String decisionKey) {
    return DMN_DIR.resolve(tenant).resolve(decisionKey + ".dmn");
  }

  /** One decision key's table of each tenant, parsed once, to evaluate by tenant. */
  static final class TenantTables {

    private final DmnEngine engine =
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> byTenant = new HashMap<>();

    TenantTables(String decisionKey) {
      for (String tenant : TENANTS) {
        try (InputStream in = Files.newInputStream(file(tenant, decisionKey))) {
          byTenant.put(tenant, engine.parseDecision(decisionKey, in));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    /**
     * Evaluates the tenant's single-hit table. A {@code null} value is passed as a variable whose
     * value is null; a key that is absent from {@code variables} is not passed at all.
     */
    Map<String, Object> evaluate(String tenant, Map<String, ?> variables) {
      DmnDecisionResultEntries entries =
          engine.evaluateDecision(byTenant.get(tenant), new HashMap<>(variables)).getSingleResult();
      return entries == null ? null : entries.getEntryMap();
    }
  }

  /** Every {@code .dmn} file under {@code dmn/}, sorted. */
  static List<Path> allFiles() {
    try (Stream<Path> files = Files.walk(DMN_DIR)) {
      return files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A map that, unlike {@link Map#of}, accepts null values. Arguments: key, value, key, value… */
  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
