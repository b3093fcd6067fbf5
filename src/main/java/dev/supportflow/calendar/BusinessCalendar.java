package dev.supportflow.calendar;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tenant's business hours: weekly opening intervals in the tenant's time zone, minus holidays.
 *
 * <p>Instants go in and out (UTC); the arithmetic is done in the tenant zone, so daylight saving
 * time is handled. Opening intervals are half-open: open exactly at the opening time, closed
 * exactly at the closing time. The calendar walks interval by interval (never minute by minute) and
 * caches holidays per year.
 *
 * <p>Immutable and thread-safe; one instance per tenant.
 */
public final class BusinessCalendar {

  /**
   * Consecutive days without any open time after which the calendar gives up (about three years).
   */
  static final int MAX_CLOSED_DAYS = 3 * 366;

  private final ZoneId zone;
  private final Map<DayOfWeek, List<TimeWindow>> hours;
  private final HolidayManager holidayManager; // null when the holiday calendar is NONE
  private final String[] subdivision;
  private final Set<String> openOn;
  private final Set<LocalDate> extraDates;
  private final Set<LocalDate> removedDates;
  private final Map<Integer, Set<LocalDate>> closedDaysByYear = new ConcurrentHashMap<>();

  public BusinessCalendar(CalendarSettings settings) {
    Objects.requireNonNull(settings, "settings");
    CalendarSettings.Holidays holidays = settings.holidays();
    this.zone = settings.zone();
    this.hours = Collections.unmodifiableMap(new EnumMap<>(settings.openingHours()));
    this.subdivision = holidays.subdivisionPath();
    this.openOn = holidays.openOn();
    this.extraDates = Set.copyOf(holidays.extraDates());
    this.removedDates = Set.copyOf(holidays.removedDates());
    if (holidays.calendar().equals(CalendarSettings.Holidays.NONE)) {
      this.holidayManager = null;
    } else {
      this.holidayManager =
          HolidayManager.getInstance(
              ManagerParameters.create(HolidayCalendar.valueOf(holidays.calendar())));
      validateAgainstCalendar(holidays.calendar());
    }
  }

  /** The tenant's time zone. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Whether the desk is closed all day for a holiday: a public holiday of the configured calendar
   * (and region) that is not listed in {@code open-on}, or an extra date; removed dates are never
   * holidays.
   */
  public boolean isHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return closedDays(date.getYear()).contains(date);
  }

  /** Whether {@code t} falls inside an opening interval. */
  public boolean isOpen(Instant t) {
    Objects.requireNonNull(t, "t");
    LocalDate day = localDate(t);
    return containsInstant(day.minusDays(1), t) || containsInstant(day, t);
  }

  /** {@code t} itself when the desk is open, otherwise the start of the next opening interval. */
  public Instant nextOpening(Instant t) {
    Objects.requireNonNull(t, "t");
    return advance(t, Duration.ZERO);
  }

  /**
   * {@code start + d}, counting only open time. Out of hours, counting begins at the next opening.
   * A result that lands exactly on a closing time stays there (17:30 + 30 min = 18:00); a zero
   * duration gives {@link #nextOpening(Instant)}.
   *
   * @throws IllegalArgumentException if {@code d} is negative
   * @throws IllegalStateException if the calendar has no open time for about three years
   */
  public Instant addBusinessTime(Instant start, Duration d) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(d, "d");
    if (d.isNegative()) {
      throw new IllegalArgumentException("Duration must not be negative: " + d);
    }
    return advance(start, d);
  }

  /**
   * {@link #isOpen(Instant)} on the given clock; always open on {@link SlaClock#TWENTY_FOUR_SEVEN}.
   */
  public boolean isOpen(Instant t, SlaClock clock) {
    Objects.requireNonNull(t, "t");
    return clock(clock) == SlaClock.TWENTY_FOUR_SEVEN || isOpen(t);
  }

  /**
   * {@link #nextOpening(Instant)} on the given clock; {@code t} on {@link
   * SlaClock#TWENTY_FOUR_SEVEN}.
   */
  public Instant nextOpening(Instant t, SlaClock clock) {
    Objects.requireNonNull(t, "t");
    return clock(clock) == SlaClock.TWENTY_FOUR_SEVEN ? t : nextOpening(t);
  }

  /**
   * {@link #addBusinessTime(Instant, Duration)} on the given clock; plain {@code start + d} on
   * {@link SlaClock#TWENTY_FOUR_SEVEN}.
   */
  public Instant add(Instant start, Duration d, SlaClock clock) {
    if (clock(clock) == SlaClock.TWENTY_FOUR_SEVEN) {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(d, "d");
      if (d.isNegative()) {
        throw new IllegalArgumentException("Duration must not be negative: " + d);
      }
      return start.plus(d);
    }
    return addBusinessTime(start, d);
  }

  /**
   * The same local time {@code days} open days later: each day with open time counts, weekends and
   * holidays do not (Friday 17:00 + 2 business days = Tuesday 17:00).
   *
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public Instant addBusinessDays(Instant start, int days) {
    Objects.requireNonNull(start, "start");
    if (days < 0) {
      throw new IllegalArgumentException("Days must not be negative: " + days);
    }
    ZonedDateTime local = start.atZone(zone);
    LocalDate day = local.toLocalDate();
    int closedInARow = 0;
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (intervals(day).isEmpty()) {
        if (++closedInARow > MAX_CLOSED_DAYS) {
          throw new IllegalStateException("Business calendar (" + zone + ") has no open days");
        }
      } else {
        closedInARow = 0;
        counted++;
      }
    }
    return ZonedDateTime.of(day, local.toLocalTime(), zone).toInstant();
  }

  /**
   * The open time between two instants: what {@link #addBusinessTime} would have to add to {@code
   * from} to reach {@code to}. Zero when {@code to} is not after {@code from}.
   */
  public Duration businessTimeBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Duration total = Duration.ZERO;
    if (!to.isAfter(from)) {
      return total;
    }
    for (LocalDate day = localDate(from).minusDays(1);
        !day.isAfter(localDate(to));
        day = day.plusDays(1)) {
      for (Interval interval : intervals(day)) {
        Instant start = interval.start().isAfter(from) ? interval.start() : from;
        Instant end = interval.end().isBefore(to) ? interval.end() : to;
        if (end.isAfter(start)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  /**
   * {@link #businessTimeBetween} on the given clock; the plain duration on {@link
   * SlaClock#TWENTY_FOUR_SEVEN}.
   */
  public Duration between(Instant from, Instant to, SlaClock clock) {
    if (clock(clock) == SlaClock.TWENTY_FOUR_SEVEN) {
      return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }
    return businessTimeBetween(from, to);
  }

  // ------------------------------------------------------------------------------------------------

  /**
   * Walks the opening intervals from {@code start} and consumes {@code remaining} open time;
   * returns the instant where it runs out. With zero it returns the first open instant at or after
   * {@code start}.
   */
  private Instant advance(Instant start, Duration remaining) {
    // Start one day early: an interval of the previous local day may still be running (24:00 ends,
    // DST).
    LocalDate day = localDate(start).minusDays(1);
    int daysWithoutOpenTime = 0;
    while (true) {
      boolean open = false;
      for (Interval interval : intervals(day)) {
        if (!interval.end().isAfter(start)) {
          continue;
        }
        open = true;
        Instant from = interval.start().isAfter(start) ? interval.start() : start;
        Duration available = Duration.between(from, interval.end());
        if (remaining.compareTo(available) <= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
      daysWithoutOpenTime = open ? 0 : daysWithoutOpenTime + 1;
      if (daysWithoutOpenTime > MAX_CLOSED_DAYS) {
        throw new IllegalStateException(
            "Business calendar ("
                + zone
                + ") has no open time in the "
                + MAX_CLOSED_DAYS
                + " days before "
                + day
                + ": check its hours and holidays");
      }
      day = day.plusDays(1);
    }
  }

  private boolean containsInstant(LocalDate day, Instant t) {
    for (Interval interval : intervals(day)) {
      if (!t.isBefore(interval.start()) && t.isBefore(interval.end())) {
        return true;
      }
    }
    return false;
  }

  /** The open intervals of a local day, as instants; empty on closed weekdays and holidays. */
  private List<Interval> intervals(LocalDate day) {
    List<TimeWindow> windows = hours.get(day.getDayOfWeek());
    if (windows.isEmpty() || isHoliday(day)) {
      return List.of();
    }
    List<Interval> intervals = new ArrayList<>(windows.size());
    for (TimeWindow window : windows) {
      Instant start = ZonedDateTime.of(day, window.start(), zone).toInstant();
      Instant end =
          window.endsAtMidnight()
              ? day.plusDays(1).atStartOfDay(zone).toInstant()
              : ZonedDateTime.of(day, window.end(), zone).toInstant();
      if (end.isAfter(start)) { // a window swallowed by a DST gap has no length
        intervals.add(new Interval(start, end));
      }
    }
    return intervals;
  }

  private Set<LocalDate> closedDays(int year) {
    return closedDaysByYear.computeIfAbsent(year, this::computeClosedDays);
  }

  private Set<LocalDate> computeClosedDays(int year) {
    Set<LocalDate> closed = new HashSet<>();
    if (holidayManager != null) {
      for (Holiday holiday : holidayManager.getHolidays(Year.of(year), subdivision)) {
        if (holiday.getType() == HolidayType.PUBLIC_HOLIDAY
            && !openOn.contains(CalendarSettings.Holidays.holidayKey(holiday.getPropertiesKey()))) {
          closed.add(holiday.getDate());
        }
      }
    }
    for (LocalDate extra : extraDates) {
      if (extra.getYear() == year) {
        closed.add(extra);
      }
    }
    closed.removeAll(removedDates);
    return Set.copyOf(closed);
  }

  /**
   * Checks the region path and the open-on keys against what the holiday calendar really contains.
   */
  private void validateAgainstCalendar(String calendarName) {
    CalendarHierarchy node = holidayManager.getCalendarHierarchy();
    for (String code : subdivision) {
      CalendarHierarchy child = node.getChildren().get(code);
      if (child == null) {
        throw new IllegalArgumentException(
            "calendar.holidays.subdivision: '"
                + code
                + "' is not a region of "
                + calendarName
                + " (known: "
                + new TreeSet<>(node.getChildren().keySet())
                + ")");
      }
      node = child;
    }
    if (openOn.isEmpty()) {
      return;
    }
    Set<String> known = new TreeSet<>();
    int thisYear = Year.now(zone).getValue();
    for (int year = thisYear - 1; year <= thisYear + 1; year++) {
      for (Holiday holiday : holidayManager.getHolidays(Year.of(year), subdivision)) {
        known.add(CalendarSettings.Holidays.holidayKey(holiday.getPropertiesKey()));
      }
    }
    for (String key : openOn) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException(
            "calendar.holidays.open-on: '"
                + key
                + "' is not a holiday of "
                + calendarName
                + " (known: "
                + known
                + ")");
      }
    }
  }

  private static SlaClock clock(SlaClock clock) {
    return Objects.requireNonNull(clock, "clock");
  }

  private LocalDate localDate(Instant t) {
    return t.atZone(zone).toLocalDate();
  }

  private record Interval(Instant start, Instant end) {}
}
