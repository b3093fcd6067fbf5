package dev.supportflow.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Rewrites an embedded H2 file compactly when SupportFlow stops normally. With durable commits H2
 * never compacts while it runs, and its file grows to some thirty times its data
 * (docs/operations.md, "H2 file size"). H2's own {@code DEFRAG_ALWAYS} compacts when the last
 * connection closes, which is HikariCP's close of the pool: HikariCP gives it 10 s and the JVM then
 * exits in the middle of the copy, so a file holding a few hundred MB of data was never compacted
 * again.
 *
 * <p>This bean opens a connection of its own before the pool, so the database stays open when the
 * pool closes; the pool depends on it ({@link PoolStopsFirst}), so the bean is stopped after the
 * pool and runs {@code SHUTDOWN COMPACT} on the stopping thread, which the JVM waits for. H2 copies
 * into a new file and replaces the old one only when the copy is complete: a kill meanwhile leaves
 * the old file as it was. Any other database (PostgreSQL, H2 in memory) is left alone.
 */
@Component
class H2FileCompaction implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(H2FileCompaction.class);

  private final Connection keeper;
  private final Path file;

  H2FileCompaction(DataSourceProperties properties) throws SQLException {
    String url = properties.determineUrl();
    if (url == null || !url.startsWith("jdbc:h2:file:")) {
      this.keeper = null;
      this.file = null;
      return;
    }
    this.keeper =
        DriverManager.getConnection(
            url, properties.determineUsername(), properties.determinePassword());
    try (Statement statement = keeper.createStatement();
        ResultSet path = statement.executeQuery("CALL DATABASE_PATH()")) {
      path.next();
      this.file = Path.of(path.getString(1) + ".mv.db");
    }
  }

  @Override
  public void destroy() throws SQLException {
    if (keeper == null) {
      return;
    }
    long before = size(file);
    long started = System.nanoTime();
    log.info("Compacting the H2 file {} ({} MB)", file, megabytes(before));
    try (Statement statement = keeper.createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
      log.info(
          "Compacted the H2 file {}: {} MB to {} MB in {} s",
          file,
          megabytes(before),
          megabytes(size(file)),
          String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
    } catch (SQLException failed) {
      log.warn("Could not compact the H2 file {}; it stays as it was", file, failed);
    } finally {
      keeper.close();
    }
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException gone) {
      return 0;
    }
  }

  /** Makes every data source depend on the compaction, so that the pool closes before it runs. */
  @Component
  static class PoolStopsFirst extends AbstractDependsOnBeanFactoryPostProcessor {

    PoolStopsFirst() {
      super(DataSource.class, "h2FileCompaction");
    }
  }
}
