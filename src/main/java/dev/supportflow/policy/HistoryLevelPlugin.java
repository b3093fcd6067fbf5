package dev.supportflow.policy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@link TrailHistoryLevel} and lets a database recorded at Camunda's {@code full} level,
 * or at {@code full-without-detail} (id 31, SupportFlow's level before {@code trail}), start at it
 * (and go back to {@code full}): the engine stores its level in {@code ACT_GE_PROPERTY} and refuses
 * to start on any other ("historyLevel mismatch"). Each of these levels records a part of what
 * {@code full} records, so switching between them loses nothing already stored; any other change of
 * level still fails as Camunda intends.
 *
 * <p>The stored value is rewritten in {@link #postInit}, after the configuration has resolved the
 * configured level and before the engine checks it (that check runs when the engine object is
 * built, after every plugin's postInit). A database without engine tables yet is left alone: the
 * engine creates the property with the configured level.
 */
class HistoryLevelPlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(HistoryLevelPlugin.class);

  /** SupportFlow's level before {@link TrailHistoryLevel}: full without ACT_HI_DETAIL. */
  static final int FULL_WITHOUT_DETAIL = 31;

  /** Levels a database may be switched between: each records a part of what {@code full} does. */
  private static final Set<Integer> PARTS_OF_FULL =
      Set.of(HistoryLevel.HISTORY_LEVEL_FULL.getId(), FULL_WITHOUT_DETAIL, TrailHistoryLevel.ID);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = new ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      levels.addAll(configuration.getCustomHistoryLevels());
    }
    levels.add(new TrailHistoryLevel());
    configuration.setCustomHistoryLevels(levels);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryLevel configured = configuration.getHistoryLevel();
    if (configured == null || !PARTS_OF_FULL.contains(configured.getId())) {
      return; // "auto" adopts whatever the database says; other levels get Camunda's check
    }
    switchStoredLevel(configuration, configured);
  }

  private static void switchStoredLevel(
      ProcessEngineConfigurationImpl configuration, HistoryLevel to) {
    DataSource dataSource = configuration.getDataSource();
    String table = prefix(configuration) + "ACT_GE_PROPERTY";
    try (Connection connection = dataSource.getConnection()) {
      if (!tableExists(connection, table)) {
        return;
      }
      String stored;
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT VALUE_ FROM " + table + " WHERE NAME_ = 'historyLevel'")) {
        try (var result = select.executeQuery()) {
          stored = result.next() ? result.getString(1) : null;
        }
      }
      String wanted = Integer.toString(to.getId());
      if (stored == null
          || stored.equals(wanted)
          || PARTS_OF_FULL.stream().map(String::valueOf).noneMatch(stored::equals)) {
        return;
      }
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE "
                  + table
                  + " SET VALUE_ = ?, REV_ = REV_ + 1 WHERE NAME_ = 'historyLevel' AND VALUE_ = ?")) {
        update.setString(1, wanted);
        update.setString(2, stored);
        update.executeUpdate();
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      log.info(
          "History level of this database changed from {} to {} ({}), as configured; history already "
              + "recorded is kept",
          stored,
          to.getId(),
          to.getName());
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not move the stored history level to " + to.getName() + " in " + table, e);
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
