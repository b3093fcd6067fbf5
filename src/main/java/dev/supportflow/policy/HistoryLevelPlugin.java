package dev.supportflow.policy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@link FullWithoutDetailHistoryLevel} and lets a database recorded at Camunda's {@code
 * full} level start at it (and back): the engine stores its level in {@code ACT_GE_PROPERTY} and
 * refuses to start on any other ("historyLevel mismatch"). The two levels record the same history
 * except variable detail, so switching between them loses nothing already stored; any other change
 * of level still fails as Camunda intends.
 *
 * <p>The stored value is rewritten in {@link #postInit}, after the configuration has resolved the
 * configured level and before the engine checks it (that check runs when the engine object is
 * built, after every plugin's postInit). A database without engine tables yet is left alone: the
 * engine creates the property with the configured level.
 */
class HistoryLevelPlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(HistoryLevelPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = new ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      levels.addAll(configuration.getCustomHistoryLevels());
    }
    levels.add(new FullWithoutDetailHistoryLevel());
    configuration.setCustomHistoryLevels(levels);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryLevel configured = configuration.getHistoryLevel();
    if (configured == null) {
      return; // "auto": the engine adopts whatever the database says
    }
    if (configured.getId() == FullWithoutDetailHistoryLevel.ID) {
      switchStoredLevel(configuration, HistoryLevel.HISTORY_LEVEL_FULL, configured);
    } else if (configured.getId() == HistoryLevel.HISTORY_LEVEL_FULL.getId()) {
      switchStoredLevel(configuration, new FullWithoutDetailHistoryLevel(), configured);
    }
  }

  private static void switchStoredLevel(
      ProcessEngineConfigurationImpl configuration, HistoryLevel from, HistoryLevel to) {
    DataSource dataSource = configuration.getDataSource();
    String table = prefix(configuration) + "ACT_GE_PROPERTY";
    try (Connection connection = dataSource.getConnection()) {
      if (!tableExists(connection, table)) {
        return;
      }
      int changed;
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE "
                  + table
                  + " SET VALUE_ = ?, REV_ = REV_ + 1 WHERE NAME_ = 'historyLevel' AND VALUE_ = ?")) {
        update.setString(1, Integer.toString(to.getId()));
        update.setString(2, Integer.toString(from.getId()));
        changed = update.executeUpdate();
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      if (changed > 0) {
        log.info(
            "History level of this database changed from {} ({}) to {} ({}), as configured; history already "
                + "recorded is kept",
            from.getName(),
            from.getId(),
            to.getName(),
            to.getId());
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not move the stored history level from "
              + from.getName()
              + " to "
              + to.getName()
              + " in "
              + table,
          e);
    }
  }

  /** {@code table} may carry a schema ("engine.ACT_GE_PROPERTY", from a table prefix). */
  private static boolean tableExists(Connection connection, String table) throws SQLException {
    var meta = connection.getMetaData();
    int dot = table.lastIndexOf('.');
    String schema = dot < 0 ? null : table.substring(0, dot);
    String bare = table.substring(dot + 1);
    for (String name : List.of(bare, bare.toLowerCase(), bare.toUpperCase())) {
      try (var tables = meta.getTables(null, schema, name, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String prefix(ProcessEngineConfigurationImpl configuration) {
    String prefix = configuration.getDatabaseTablePrefix();
    return prefix == null ? "" : prefix;
  }
}
