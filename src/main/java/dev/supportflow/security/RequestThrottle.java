package dev.supportflow.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client address (and per address and user id), kept in bounded caches that
 * forget a key once its bucket would be full again. A failed login takes a token; while a bucket is
 * empty, logins are refused before the password is checked. Requests of any kind take a token of a
 * much larger bucket.
 */
@Component
class RequestThrottle {

  private static final long MAX_KEYS = 100_000;

  private final ThrottleSettings settings;
  private final Cache<String, Bucket> requestsByAddress;
  private final Cache<String, Bucket> failuresByAddress;
  private final Cache<String, Bucket> failuresByUser;

  RequestThrottle(ThrottleSettings settings) {
    this.settings = settings;
    this.requestsByAddress = cache(settings.requestsPerAddress());
    this.failuresByAddress = cache(settings.loginFailuresPerAddress());
    this.failuresByUser = cache(settings.loginFailuresPerUser());
  }

  /**
   * Takes a request token of the address; the wait until the next one when there is none, else
   * zero.
   */
  Duration request(String address) {
    Bucket bucket = requestsByAddress.get(address, a -> bucket(settings.requestsPerAddress()));
    return Duration.ofNanos(bucket.tryConsumeAndReturnRemaining(1).getNanosToWaitForRefill());
  }

  /**
   * How long logins from this address (as this user, when known) must wait; zero when they may try
   * now.
   */
  Duration loginWait(String address, String userId) {
    long wait = waitOf(failuresByAddress.getIfPresent(address));
    if (userId != null) {
      wait = Math.max(wait, waitOf(failuresByUser.getIfPresent(userKey(address, userId))));
    }
    return Duration.ofNanos(wait);
  }

  void loginFailed(String address, String userId) {
    failuresByAddress.get(address, a -> bucket(settings.loginFailuresPerAddress())).tryConsume(1);
    if (userId != null) {
      failuresByUser
          .get(userKey(address, userId), k -> bucket(settings.loginFailuresPerUser()))
          .tryConsume(1);
    }
  }

  private static long waitOf(Bucket bucket) {
    return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
  }

  private static String userKey(String address, String userId) {
    return address + '\n' + userId;
  }

  private static Bucket bucket(ThrottleSettings.Limit limit) {
    return Bucket.builder()
        .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
        .build();
  }

  private static Cache<String, Bucket> cache(ThrottleSettings.Limit limit) {
    // An untouched bucket is full again after one period: forgetting it then changes nothing.
    return Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(limit.period()).build();
  }
}
