package dev.supportflow.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code supportflow.throttle.*} limits (docs/operations.md, "Throttling"): failed logins per
 * client address and per user id from one address, and all requests per address (O-6's abuse
 * protection, far above real use).
 */
@ConfigurationProperties("supportflow.throttle")
public record ThrottleSettings(
    Limit loginFailuresPerAddress, Limit loginFailuresPerUser, Limit requestsPerAddress) {

  /** A token bucket: {@code capacity} at once, refilled at {@code capacity} per {@code period}. */
  public record Limit(long capacity, Duration period) {}
}
