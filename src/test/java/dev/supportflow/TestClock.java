package dev.supportflow;

import dev.supportflow.calendar.DateOrDateTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The tests write times as São Paulo wall-clock date-times ({@code "2026-11-23T10:00"}), as the
 * policy does.
 */
public final class TestClock {

  public static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

  private TestClock() {}

  /** Moves the engine's clock (and so the application's) to a São Paulo date-time. */
  public static void clockAt(String saoPauloDateTime) {
    ClockUtil.setCurrentTime(Date.from(local(saoPauloDateTime)));
  }

  public static Instant local(String saoPauloDateTime) {
    return LocalDateTime.parse(saoPauloDateTime).atZone(SAO_PAULO).toInstant();
  }

  /** The date-time with its São Paulo offset, as a client sends it. */
  public static DateOrDateTime dateTime(String saoPauloDateTime) {
    return DateOrDateTime.of(
        LocalDateTime.parse(saoPauloDateTime).atZone(SAO_PAULO).toOffsetDateTime());
  }
}
