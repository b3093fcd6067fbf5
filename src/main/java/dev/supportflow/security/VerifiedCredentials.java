package dev.supportflow.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials the identity service accepted a moment ago, with the caller they gave: a
 * client sending many requests costs one password check and one groups-and-tenants lookup per
 * {@link #FRESH_FOR}, not one per request. Holds a salted digest of the password, never the
 * password; only the same user id with the same password is recalled. A changed password, a removed
 * user or changed groups and tenants therefore take effect within {@link #FRESH_FOR}
 * (docs/operations.md, "Users, groups and tenants").
 */
@Component
class VerifiedCredentials {

  static final Duration FRESH_FOR = Duration.ofSeconds(10);
  private static final long MAX_USERS = 10_000;

  private final byte[] salt = new byte[16];
  private final Cache<String, Verified> byUser;

  @Autowired
  VerifiedCredentials() {
    this(Ticker.systemTicker());
  }

  VerifiedCredentials(Ticker ticker) {
    new SecureRandom().nextBytes(salt);
    byUser =
        Caffeine.newBuilder()
            .maximumSize(MAX_USERS)
            .expireAfterWrite(FRESH_FOR)
            .ticker(ticker)
            .build();
  }

  /** The caller of these credentials, if they were verified within {@link #FRESH_FOR}. */
  Optional<Caller> recall(String userId, String password) {
    Verified verified = byUser.getIfPresent(userId);
    if (verified == null || !MessageDigest.isEqual(verified.digest(), digest(password))) {
      return Optional.empty();
    }
    return Optional.of(verified.caller());
  }

  /** Credentials the identity service has just accepted, and the caller they give. */
  void remember(String userId, String password, Caller caller) {
    byUser.put(userId, new Verified(digest(password), caller));
  }

  private byte[] digest(String password) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(salt);
      return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private record Verified(byte[] digest, Caller caller) {}
}
