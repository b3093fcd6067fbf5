package dev.supportflow.calendar;

import dev.supportflow.TestClock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/** The two seed tenants' calendars and a helper to write instants as Sao Paulo local date-times. */
final class TestCalendars {

  static final ZoneId SAO_PAULO = TestClock.SAO_PAULO;

  static final BusinessCalendar LEILOES = new BusinessCalendar(weekdays("08:00-18:00"));
  static final BusinessCalendar OOBJ = new BusinessCalendar(weekdays("07:00-19:00"));

  private TestCalendars() {}

  /** Mon–Fri with the given hours, Sao Paulo, default (Brazilian national) holidays. */
  static CalendarSettings weekdays(String hours) {
    return weekdays(hours, null);
  }

  static CalendarSettings weekdays(String hours, CalendarSettings.Holidays holidays) {
    Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        week.put(day, hours);
      }
    }
    return new CalendarSettings(SAO_PAULO, week, holidays);
  }

  /** {@code "2026-03-02T17:45"} read as a Sao Paulo wall-clock time. */
  static Instant sp(String localDateTime) {
    return TestClock.local(localDateTime);
  }
}
