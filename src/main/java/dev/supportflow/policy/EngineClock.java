package dev.supportflow.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A {@link Clock} that reads Camunda's {@link ClockUtil}, so due times we compute and timers the
 * engine fires agree on what "now" is, also when a test moves time.
 */
public final class EngineClock extends Clock {

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("SupportFlow keeps time in UTC");
  }

  @Override
  public Instant instant() {
    return ClockUtil.now().toInstant();
  }
}
