package dev.supportflow.calendar;

import static dev.supportflow.calendar.TestCalendars.LEILOES;
import static dev.supportflow.calendar.TestCalendars.sp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 2026-03-02 is a Monday; 2026-04-21 (Tue), 2026-11-20 (Fri) and 2026-12-25 (Fri) are national
 * holidays.
 */
@DisplayName("L-4.1 leiloes business hours: Mon–Fri 08:00–18:00 America/Sao_Paulo")
class LeiloesBusinessHoursTest {

  @DisplayName("L-4.1 open or closed (half-open intervals: open at 08:00, closed at 18:00)")
  @ParameterizedTest(name = "{0} → open={1} ({2})")
  @CsvSource({
    "2026-03-02T07:59:59, false, just before opening",
    "2026-03-02T08:00,    true,  exactly at opening",
    "2026-03-02T12:00,    true,  midday",
    "2026-03-02T17:59:59, true,  last second",
    "2026-03-02T18:00,    false, exactly at closing",
    "2026-03-02T23:30,    false, night",
    "2026-03-07T10:00,    false, Saturday",
    "2026-03-08T10:00,    false, Sunday",
    "2026-04-21T10:00,    false, Tiradentes (Tuesday holiday)",
    "2026-12-25T10:00,    false, Christmas (Friday holiday)",
    "2026-02-17T10:00,    true,  Carnival is open by default (ponto facultativo)",
  })
  void isOpen(String at, boolean open, String why) {
    assertThat(LEILOES.isOpen(sp(at))).as(why).isEqualTo(open);
  }

  @DisplayName("L-4.1 next opening")
  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource({
    "2026-03-02T08:00, 2026-03-02T08:00, open: the instant itself",
    "2026-03-02T10:17, 2026-03-02T10:17, open: the instant itself",
    "2026-03-02T06:00, 2026-03-02T08:00, before opening",
    "2026-03-02T18:00, 2026-03-03T08:00, exactly at closing: next day",
    "2026-03-06T19:00, 2026-03-09T08:00, Friday evening: Monday",
    "2026-03-07T03:00, 2026-03-09T08:00, Saturday: Monday",
    "2026-03-08T23:59, 2026-03-09T08:00, Sunday: Monday",
    "2026-04-20T18:30, 2026-04-22T08:00, Monday evening before Tiradentes: Wednesday",
    "2026-11-19T20:00, 2026-11-23T08:00, before Consciência Negra (Friday): Monday",
    "2026-12-24T18:00, 2026-12-28T08:00, Christmas Eve closing: Monday after Christmas",
  })
  void nextOpening(String at, String expected, String why) {
    assertThat(LEILOES.nextOpening(sp(at))).as(why).isEqualTo(sp(expected));
  }

  @DisplayName("L-4.1 / L-2.2 business time added to a ticket's start")
  @ParameterizedTest(name = "{0} + {1} → {2} ({3})")
  @CsvSource({
    "2026-03-02T10:00, PT30M, 2026-03-02T10:30, within the day",
    "2026-03-02T17:45, PT30M, 2026-03-03T08:15, crosses the night",
    "2026-03-06T17:50, PT30M, 2026-03-09T08:20, Friday late: Monday",
    "2026-03-07T11:00, PT30M, 2026-03-09T08:30, Saturday: counts from Monday's opening",
    "2026-03-02T06:00, PT30M, 2026-03-02T08:30, before opening",
    "2026-03-02T08:00, PT30M, 2026-03-02T08:30, exactly at opening",
    "2026-03-02T17:30, PT30M, 2026-03-02T18:00, ends exactly at closing: stays at 18:00",
    "2026-03-02T18:00, PT30M, 2026-03-03T08:30, exactly at closing",
    "2026-03-02T18:00, PT0S,  2026-03-03T08:00, zero at closing: next opening",
    "2026-03-02T09:00, PT0S,  2026-03-02T09:00, zero while open: the instant itself",
    "2026-03-02T09:00, PT10H, 2026-03-03T09:00, one full 10-hour day",
    "2026-03-02T08:00, PT50H, 2026-03-06T18:00, a full week ends at Friday's closing",
    "2026-03-02T08:00, PT51H, 2026-03-09T09:00, a week and an hour",
    "2026-04-20T17:45, PT30M, 2026-04-22T08:15, Tiradentes (Tuesday) skipped",
    "2026-11-19T17:50, PT30M, 2026-11-23T08:20, Consciência Negra (Friday) skipped",
    "2026-12-24T17:00, PT2H,  2026-12-28T09:00, Christmas (Friday) and weekend skipped",
    "2026-02-16T17:45, PT30M, 2026-02-17T08:15, Carnival Tuesday counts by default",
  })
  void addBusinessTime(String start, Duration duration, String expected, String why) {
    assertThat(LEILOES.addBusinessTime(sp(start), duration)).as(why).isEqualTo(sp(expected));
    assertThat(LEILOES.add(sp(start), duration, SlaClock.BUSINESS_HOURS))
        .as(why)
        .isEqualTo(sp(expected));
  }

  @Test
  @DisplayName("L-4.1 long durations walk interval by interval (2000 business hours = 200 days)")
  void longDuration() {
    // 200 working days from Monday 2026-03-02 08:00, skipping the 2026 holidays that close the
    // desk.
    assertThat(LEILOES.addBusinessTime(sp("2026-03-02T08:00"), Duration.ofHours(2000)))
        .isAfter(sp("2026-12-01T00:00"))
        .isBefore(sp("2027-01-01T00:00"));
  }

  @Test
  @DisplayName("L-4.1 a negative duration is refused")
  void negativeDuration() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LEILOES.addBusinessTime(sp("2026-03-02T10:00"), Duration.ofMinutes(-1)))
        .withMessageContaining("negative");
  }

  @Test
  @DisplayName("L-4.1 the calendar reports its zone and holidays")
  void zoneAndHolidays() {
    assertThat(LEILOES.zone()).isEqualTo(TestCalendars.SAO_PAULO);
    assertThat(LEILOES.isHoliday(LocalDate.of(2026, 4, 21))).isTrue();
    assertThat(LEILOES.isHoliday(LocalDate.of(2026, 4, 22))).isFalse();
  }
}
