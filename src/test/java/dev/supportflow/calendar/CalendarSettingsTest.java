package dev.supportflow.calendar;

import static dev.supportflow.calendar.TestCalendars.SAO_PAULO;
import static dev.supportflow.calendar.TestCalendars.sp;
import static dev.supportflow.calendar.TestCalendars.weekdays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Calendar configuration is checked eagerly")
class CalendarSettingsTest {

  @DisplayName("bad opening hours are rejected with a message naming the day and the problem")
  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "18:00-08:00             | ends before it starts",
        "08:00-08:00             | ends before it starts",
        "08:00-00:00             | write 24:00",
        "8am-6pm                 | is not a time like 08:00",
        "08:00                   | is not an interval like 08:00-18:00",
        "08:00-12:00,11:00-18:00 | overlap",
        "08:00-25:00             | is not a time like 08:00",
      })
  void badHours(String hours, String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> weekdays(hours))
        .withMessageContaining("hours.monday")
        .withMessageContaining(message);
  }

  @Test
  @DisplayName("split days, 24:00 and closed days are accepted")
  void goodHours() {
    BusinessCalendar calendar =
        new BusinessCalendar(
            new CalendarSettings(
                SAO_PAULO,
                Map.of(
                    DayOfWeek.MONDAY, "13:00-18:00, 08:00-12:00",
                    DayOfWeek.TUESDAY, "00:00-24:00",
                    DayOfWeek.WEDNESDAY, "closed",
                    DayOfWeek.THURSDAY, ""),
                null));
    assertThat(calendar.isOpen(sp("2026-03-02T12:00"))).isFalse();
    assertThat(calendar.nextOpening(sp("2026-03-02T12:00"))).isEqualTo(sp("2026-03-02T13:00"));
    assertThat(calendar.addBusinessTime(sp("2026-03-02T11:45"), Duration.ofMinutes(30)))
        .isEqualTo(sp("2026-03-02T13:15"));
    assertThat(calendar.isOpen(sp("2026-03-03T23:59:59"))).isTrue();
    assertThat(calendar.nextOpening(sp("2026-03-03T23:59:59").plusSeconds(1)))
        .isEqualTo(sp("2026-03-09T08:00"));
  }

  @Test
  @DisplayName("zone and hours are required")
  void required() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CalendarSettings(null, Map.of(DayOfWeek.MONDAY, "08:00-18:00"), null))
        .withMessageContaining("calendar.zone is required");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CalendarSettings(SAO_PAULO, Map.of(), null))
        .withMessageContaining("calendar.hours is required");
  }

  @Test
  @DisplayName(
      "holiday settings: unknown calendar, unknown region, unknown open-on key, contradicting dates")
  void badHolidays() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CalendarSettings.Holidays("BRASIL", null, null, null, null))
        .withMessageContaining("unknown holiday calendar 'BRASIL'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CalendarSettings.Holidays("NONE", "sp", null, null, null))
        .withMessageContaining("needs a holiday calendar");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new CalendarSettings.Holidays(
                    null,
                    null,
                    null,
                    List.of(LocalDate.of(2026, 3, 3)),
                    List.of(LocalDate.of(2026, 3, 3))))
        .withMessageContaining("both in extra-dates and in removed-dates");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new BusinessCalendar(
                    weekdays(
                        "08:00-18:00",
                        new CalendarSettings.Holidays("BRAZIL", "zz", null, null, null))))
        .withMessageContaining("'zz' is not a region of BRAZIL");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new BusinessCalendar(
                    weekdays(
                        "08:00-18:00",
                        new CalendarSettings.Holidays(
                            "BRAZIL", null, Set.of("CARNAVAL"), null, null))))
        .withMessageContaining("'CARNAVAL' is not a holiday of BRAZIL")
        .withMessageContaining("CARNIVAL");
  }

  @Test
  @DisplayName("defaults: Brazilian calendar, optional days open, no extra or removed dates")
  void defaults() {
    CalendarSettings.Holidays holidays = weekdays("08:00-18:00").holidays();
    assertThat(holidays.calendar()).isEqualTo("BRAZIL");
    assertThat(holidays.subdivision()).isNull();
    assertThat(holidays.openOn())
        .containsExactlyInAnyOrder("CARNIVAL", "ASH_WEDNESDAY", "CORPUS_CHRISTI");
    assertThat(holidays.extraDates()).isEmpty();
    assertThat(holidays.removedDates()).isEmpty();
    assertThat(CalendarSettings.Holidays.none().openOn()).isEmpty();
  }
}
