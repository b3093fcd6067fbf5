package dev.supportflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds process variables stored as objects (Java-serialized or any other object format): in the
 * runtime table, in history (instances and per-update details, by SQL and through the
 * HistoryService), and their bytes in ACT_GE_BYTEARRAY.
 */
public final class StoredObjects {

  /**
   * Camunda's names of the primitive value types (ACT_RU_VARIABLE.TYPE_,
   * HistoricVariableInstance#getTypeName).
   */
  public static final Set<String> PRIMITIVES =
      Set.of("string", "boolean", "short", "integer", "long", "double", "date", "null");

  private StoredObjects() {}

  /**
   * "name (type, table)" of every variable of these process definitions' instances that is not a
   * primitive.
   */
  public static List<String> find(
      DataSource dataSource, HistoryService historyService, List<String> definitions) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    List<String> found = new ArrayList<>();
    for (String[] table :
        List.of(
            new String[] {"ACT_RU_VARIABLE", "TYPE_"},
            new String[] {"ACT_HI_VARINST", "VAR_TYPE_"},
            new String[] {"ACT_HI_DETAIL", "VAR_TYPE_"})) {
      jdbc
          .sql(
              "SELECT NAME_, %s, BYTEARRAY_ID_ FROM %s WHERE PROC_DEF_ID_ IN (:definitions)"
                  .formatted(table[1], table[0]))
          .param("definitions", definitions)
          .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
          .list()
          .stream()
          .filter(v -> !PRIMITIVES.contains(v[1]) || v[2] != null)
          .forEach(v -> found.add(v[0] + " (" + v[1] + ", " + table[0] + ")"));
    }
    long bytes =
        jdbc.sql(
                """
            SELECT COUNT(*) FROM ACT_GE_BYTEARRAY b WHERE b.ID_ IN (
              SELECT BYTEARRAY_ID_ FROM ACT_RU_VARIABLE WHERE PROC_DEF_ID_ IN (:definitions)
              UNION SELECT BYTEARRAY_ID_ FROM ACT_HI_VARINST WHERE PROC_DEF_ID_ IN (:definitions)
              UNION SELECT BYTEARRAY_ID_ FROM ACT_HI_DETAIL WHERE PROC_DEF_ID_ IN (:definitions))
            """)
            .param("definitions", definitions)
            .query(Long.class)
            .single();
    if (bytes > 0) {
      found.add(bytes + " ACT_GE_BYTEARRAY rows of variables");
    }
    for (String definition : definitions) {
      historyService
          .createHistoricVariableInstanceQuery()
          .processDefinitionId(definition)
          .disableBinaryFetching()
          .disableCustomObjectDeserialization()
          .list()
          .stream()
          .filter(v -> !PRIMITIVES.contains(v.getTypeName()))
          .map(HistoricVariableInstance::getName)
          .forEach(name -> found.add(name + " (history: " + definition + ")"));
    }
    return found;
  }
}
