package dev.supportflow.calendar;

import static dev.supportflow.calendar.TestCalendars.OOBJ;
import static dev.supportflow.calendar.TestCalendars.sp;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 2026-03-02 is a Monday. */
@DisplayName("O-2 oobj business hours: Mon–Fri 07:00–19:00 America/Sao_Paulo")
class OobjBusinessHoursTest {

  @DisplayName("O-2 open or closed")
  @ParameterizedTest(name = "{0} → open={1} ({2})")
  @CsvSource({
    "2026-03-02T06:59, false, before opening",
    "2026-03-02T07:00, true,  exactly at opening",
    "2026-03-02T18:59, true,  last minute",
    "2026-03-02T19:00, false, exactly at closing",
    "2026-03-07T12:00, false, Saturday",
  })
  void isOpen(String at, boolean open, String why) {
    assertThat(OOBJ.isOpen(sp(at))).as(why).isEqualTo(open);
  }

  @DisplayName("O-2 out-of-hours tickets are queued for the next opening, SLA counted from there")
  @ParameterizedTest(name = "{0} + {1} → {2} ({3})")
  @CsvSource({
    "2026-03-02T19:30, PT0S,  2026-03-03T07:00, evening: next opening",
    "2026-03-02T05:00, PT1H,  2026-03-02T08:00, early morning",
    "2026-03-02T18:45, PT30M, 2026-03-03T07:15, crosses the night",
    "2026-03-06T18:50, PT30M, 2026-03-09T07:20, Friday late: Monday",
    "2026-03-02T07:00, PT12H, 2026-03-02T19:00, a full 12-hour day ends at closing",
    "2026-03-02T09:00, PT12H, 2026-03-03T09:00, 12 hours from Monday 09:00",
    "2026-04-20T18:30, PT1H,  2026-04-22T07:30, Tiradentes (Tuesday) skipped",
  })
  void addBusinessTime(String start, Duration duration, String expected, String why) {
    assertThat(OOBJ.addBusinessTime(sp(start), duration)).as(why).isEqualTo(sp(expected));
  }
}
