package dev.supportflow.policyrecord;

import java.time.Instant;
import java.util.List;

/**
 * One recorded deployment: {@code tenant} null for the processes every tenant shares; each
 * definition with the version the deployment gave it.
 */
public record PolicyDeployment(
    String id,
    String name,
    String source,
    String tenant,
    String deployedBy,
    Instant deployedAt,
    List<Definition> definitions) {

  public enum Kind {
    DECISION,
    PROCESS
  }

  public record Definition(Kind kind, String key, int version, String resource) {}
}
