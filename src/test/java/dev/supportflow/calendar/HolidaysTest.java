package dev.supportflow.calendar;

import static dev.supportflow.calendar.TestCalendars.LEILOES;
import static dev.supportflow.calendar.TestCalendars.sp;
import static dev.supportflow.calendar.TestCalendars.weekdays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Business calendar holidays (default: Brazilian national holidays)")
class HolidaysTest {

  @DisplayName(
      "2026 holidays from jollyday's BRAZIL calendar: statutory ones close, optional ones stay open")
  @ParameterizedTest(name = "{0} {1} → closed={2}")
  @CsvSource({
    "2026-01-01, New Year,                    true",
    "2026-02-17, Carnival (optional),         false",
    "2026-02-18, Ash Wednesday (optional),    false",
    "2026-04-03, Good Friday,                 true",
    "2026-04-21, Tiradentes,                  true",
    "2026-05-01, Labour Day,                  true",
    "2026-06-04, Corpus Christi (optional),   false",
    "2026-09-07, Independence Day,            true",
    "2026-10-12, Nossa Senhora Aparecida,     true",
    "2026-11-02, All Souls,                   true",
    "2026-11-20, Zumbi / Consciência Negra,   true",
    "2026-12-25, Christmas,                   true",
    "2026-07-09, São Paulo state holiday,     false",
    "2026-03-03, an ordinary Tuesday,         false",
  })
  void brazil2026(LocalDate date, String name, boolean closed) {
    assertThat(LEILOES.isHoliday(date)).as(name).isEqualTo(closed);
  }

  @Test
  @DisplayName("L-4.1 extra dates close a normal weekday")
  void extraDates() {
    BusinessCalendar calendar =
        new BusinessCalendar(
            weekdays(
                "08:00-18:00",
                new CalendarSettings.Holidays(
                    null, null, null, List.of(LocalDate.of(2026, 3, 3)), null)));
    assertThat(calendar.isHoliday(LocalDate.of(2026, 3, 3))).isTrue();
    assertThat(calendar.isOpen(sp("2026-03-03T10:00"))).isFalse();
    assertThat(calendar.addBusinessTime(sp("2026-03-02T17:45"), Duration.ofMinutes(30)))
        .isEqualTo(sp("2026-03-04T08:15"));
  }

  @Test
  @DisplayName("L-4.1 removed dates open a holiday")
  void removedDates() {
    BusinessCalendar calendar =
        new BusinessCalendar(
            weekdays(
                "08:00-18:00",
                new CalendarSettings.Holidays(
                    null, null, null, null, List.of(LocalDate.of(2026, 4, 21)))));
    assertThat(calendar.isHoliday(LocalDate.of(2026, 4, 21))).isFalse();
    assertThat(calendar.isOpen(sp("2026-04-21T10:00"))).isTrue();
    assertThat(calendar.addBusinessTime(sp("2026-04-20T17:45"), Duration.ofMinutes(30)))
        .isEqualTo(sp("2026-04-21T08:15"));
  }

  @Test
  @DisplayName("open-on [] closes the optional days too (Carnival, Ash Wednesday, Corpus Christi)")
  void closeOnOptionalDays() {
    BusinessCalendar calendar =
        new BusinessCalendar(
            weekdays(
                "08:00-18:00",
                new CalendarSettings.Holidays("BRAZIL", null, Set.of(), null, null)));
    assertThat(calendar.isHoliday(LocalDate.of(2026, 2, 17))).isTrue();
    assertThat(calendar.isHoliday(LocalDate.of(2026, 2, 18))).isTrue();
    assertThat(calendar.isHoliday(LocalDate.of(2026, 6, 4))).isTrue();
  }

  @Test
  @DisplayName("open-on keys are matched case-insensitively, with or without jollyday's prefix")
  void openOnKeys() {
    BusinessCalendar calendar =
        new BusinessCalendar(
            weekdays(
                "08:00-18:00",
                new CalendarSettings.Holidays(
                    "brazil", null, Set.of("christian.carnival", "Tiradentes"), null, null)));
    assertThat(calendar.isHoliday(LocalDate.of(2026, 2, 17))).isFalse();
    assertThat(calendar.isHoliday(LocalDate.of(2026, 4, 21))).isFalse();
    assertThat(calendar.isHoliday(LocalDate.of(2026, 2, 18)))
        .as("Ash Wednesday now closes")
        .isTrue();
  }

  @Test
  @DisplayName("a subdivision adds regional holidays (sp: 9 July; sp/csp: 25 January)")
  void subdivision() {
    BusinessCalendar state =
        new BusinessCalendar(
            weekdays(
                "08:00-18:00", new CalendarSettings.Holidays("BRAZIL", "sp", null, null, null)));
    assertThat(state.isHoliday(LocalDate.of(2026, 7, 9))).isTrue();
    assertThat(state.isHoliday(LocalDate.of(2026, 1, 26))).isFalse();

    BusinessCalendar city =
        new BusinessCalendar(
            weekdays(
                "08:00-18:00",
                new CalendarSettings.Holidays("BRAZIL", "SP/CSP", null, null, null)));
    assertThat(city.isHoliday(LocalDate.of(2026, 7, 9))).isTrue();
    assertThat(city.isHoliday(LocalDate.of(2027, 1, 25))).isTrue();
  }

  @Test
  @DisplayName("calendar NONE: no public holidays, extra dates still close")
  void noneCalendar() {
    BusinessCalendar calendar =
        new BusinessCalendar(
            weekdays(
                "08:00-18:00",
                new CalendarSettings.Holidays(
                    "NONE", null, null, List.of(LocalDate.of(2026, 3, 3)), null)));
    assertThat(calendar.isHoliday(LocalDate.of(2026, 12, 25))).isFalse();
    assertThat(calendar.isOpen(sp("2026-12-25T10:00"))).isTrue();
    assertThat(calendar.isHoliday(LocalDate.of(2026, 3, 3))).isTrue();
  }

  @Test
  @DisplayName("a calendar that never opens fails instead of looping forever")
  void neverOpen() {
    // Only Mondays are open, and every Monday for four years is an extra closed date.
    List<LocalDate> mondays =
        Stream.iterate(LocalDate.of(2026, 3, 2), d -> d.plusWeeks(1)).limit(4 * 53).toList();
    CalendarSettings settings =
        new CalendarSettings(
            TestCalendars.SAO_PAULO,
            Map.of(DayOfWeek.MONDAY, "08:00-18:00"),
            new CalendarSettings.Holidays("NONE", null, null, mondays, null));
    BusinessCalendar calendar = new BusinessCalendar(settings);
    assertThatIllegalStateException()
        .isThrownBy(() -> calendar.nextOpening(sp("2026-03-01T10:00")))
        .withMessageContaining("no open time");
  }

  @Test
  @DisplayName(
      "arithmetic follows the zone's real offsets (Sao Paulo's 2018 DST start skipped 00:00–01:00)")
  void daylightSavingTime() {
    Map<DayOfWeek, String> always = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      always.put(day, "00:00-24:00");
    }
    BusinessCalendar calendar =
        new BusinessCalendar(
            new CalendarSettings(
                ZoneId.of("America/Sao_Paulo"), always, CalendarSettings.Holidays.none()));
    // Saturday 2018-11-03 23:00 (-03:00) + 2 h of business time = 2 real hours later, 02:00
    // (-02:00).
    var start =
        LocalDate.of(2018, 11, 3).atTime(23, 0).atOffset(ZoneOffset.ofHours(-3)).toInstant();
    var expected =
        LocalDate.of(2018, 11, 4).atTime(2, 0).atOffset(ZoneOffset.ofHours(-2)).toInstant();
    assertThat(calendar.addBusinessTime(start, Duration.ofHours(2))).isEqualTo(expected);
    assertThat(calendar.isOpen(start.plusSeconds(3600))).isTrue();
  }
}
