package dev.supportflow.demo;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, which the application's {@code Clock} reads: the demo moves it through the
 * past and hands it back to real time afterwards.
 */
final class EngineTime {

  Instant now() {
    return ClockUtil.now().toInstant();
  }

  void set(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  void backToRealTime() {
    ClockUtil.reset();
  }
}
