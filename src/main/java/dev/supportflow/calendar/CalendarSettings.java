package dev.supportflow.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's business calendar as configured (bound from {@code
 * supportflow.tenants.<id>.calendar}). Every value is checked when the record is created, so a bad
 * configuration stops the application at start-up with a message that names the setting.
 *
 * @param zone the tenant's time zone, e.g. {@code America/Sao_Paulo} (required)
 * @param hours opening hours per weekday, e.g. {@code "08:00-18:00"} or {@code
 *     "08:00-12:00,13:00-18:00"}; a day that is absent, blank or {@code CLOSED} is closed; {@code
 *     24:00} ends a day
 * @param holidays the days the desk is closed besides the weekly hours; {@code null} means the
 *     defaults ({@link Holidays#defaults()})
 */
public record CalendarSettings(ZoneId zone, Map<DayOfWeek, String> hours, Holidays holidays) {

  public CalendarSettings {
    if (zone == null) {
      throw new IllegalArgumentException("calendar.zone is required (e.g. America/Sao_Paulo)");
    }
    if (hours == null || hours.isEmpty()) {
      throw new IllegalArgumentException(
          "calendar.hours is required: give the opening hours per weekday, e.g. monday: 08:00-18:00");
    }
    Map<DayOfWeek, String> copy = new EnumMap<>(DayOfWeek.class);
    hours.forEach(
        (day, spec) -> {
          if (day == null) {
            throw new IllegalArgumentException("calendar.hours has an entry without a weekday");
          }
          TimeWindow.parseDay(day, spec); // validates
          copy.put(day, spec == null ? "" : spec.trim());
        });
    hours = Map.copyOf(copy);
    holidays = holidays == null ? Holidays.defaults() : holidays;
  }

  /** The parsed opening intervals of each weekday (closed days map to an empty list). */
  Map<DayOfWeek, List<TimeWindow>> openingHours() {
    Map<DayOfWeek, List<TimeWindow>> parsed = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      parsed.put(day, TimeWindow.parseDay(day, hours.get(day)));
    }
    return parsed;
  }

  /**
   * Holidays of a tenant.
   *
   * @param calendar a jollyday {@link HolidayCalendar} name such as {@code BRAZIL}, or {@code NONE}
   *     for no public holidays; {@code null} means {@code BRAZIL}
   * @param subdivision optional jollyday region path below the calendar, e.g. {@code sp} (state of
   *     Sao Paulo) or {@code sp/csp} (city of Sao Paulo); adds that region's holidays
   * @param openOn public holidays of the calendar on which the desk stays open, by jollyday key
   *     (e.g. {@code CARNIVAL}, {@code ASH_WEDNESDAY}, {@code CORPUS_CHRISTI}); {@code null} means
   *     {@link #BRAZIL_OPTIONAL_DAYS} for {@code BRAZIL} and nothing otherwise
   * @param extraDates further dates on which the desk is closed (company holidays, bridges)
   * @param removedDates dates on which the desk is open although they are holidays of the calendar
   */
  public record Holidays(
      String calendar,
      String subdivision,
      Set<String> openOn,
      List<LocalDate> extraDates,
      List<LocalDate> removedDates) {

    /** Value of {@link #calendar()} that switches public holidays off. */
    public static final String NONE = "NONE";

    /**
     * The Brazilian days that are only "ponto facultativo" (optional) nationally: the desk is open
     * on them unless a tenant says otherwise.
     */
    public static final Set<String> BRAZIL_OPTIONAL_DAYS =
        Set.of("CARNIVAL", "ASH_WEDNESDAY", "CORPUS_CHRISTI");

    public Holidays {
      calendar =
          calendar == null || calendar.isBlank()
              ? HolidayCalendar.BRAZIL.name()
              : calendar.trim().toUpperCase(Locale.ROOT);
      if (!calendar.equals(NONE)) {
        try {
          HolidayCalendar.valueOf(calendar);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "calendar.holidays.calendar: unknown holiday calendar '"
                  + calendar
                  + "'; use a jollyday HolidayCalendar name such as BRAZIL, or NONE",
              e);
        }
      }
      subdivision =
          subdivision == null || subdivision.isBlank()
              ? null
              : subdivision.trim().toLowerCase(Locale.ROOT);
      if (subdivision != null && calendar.equals(NONE)) {
        throw new IllegalArgumentException(
            "calendar.holidays.subdivision '"
                + subdivision
                + "' needs a holiday calendar, not NONE");
      }
      if (openOn == null) {
        openOn = calendar.equals(HolidayCalendar.BRAZIL.name()) ? BRAZIL_OPTIONAL_DAYS : Set.of();
      } else {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : openOn) {
          if (key != null && !key.isBlank()) {
            keys.add(holidayKey(key));
          }
        }
        openOn = Set.copyOf(keys);
      }
      extraDates = extraDates == null ? List.of() : List.copyOf(extraDates);
      removedDates = removedDates == null ? List.of() : List.copyOf(removedDates);
      Set<LocalDate> both = new HashSet<>(extraDates);
      both.retainAll(removedDates);
      if (!both.isEmpty()) {
        throw new IllegalArgumentException(
            "calendar.holidays: " + both + " is both in extra-dates and in removed-dates");
      }
    }

    /** Brazilian national holidays, with the optional days open, no extra or removed dates. */
    public static Holidays defaults() {
      return new Holidays(null, null, null, null, null);
    }

    /** No public holidays at all. */
    public static Holidays none() {
      return new Holidays(NONE, null, Set.of(), null, null);
    }

    /** The region path as jollyday arguments, e.g. {@code sp/csp} → {@code ["sp", "csp"]}. */
    String[] subdivisionPath() {
      return subdivision == null ? new String[0] : subdivision.split("[/.]");
    }

    /**
     * Normalises a jollyday properties key: {@code christian.CARNIVAL} and {@code carnival} →
     * {@code CARNIVAL}.
     */
    static String holidayKey(String key) {
      String trimmed = key.trim();
      return trimmed.substring(trimmed.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
    }
  }
}
