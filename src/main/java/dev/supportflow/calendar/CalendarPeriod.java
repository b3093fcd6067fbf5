package dev.supportflow.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Objects;

/**
 * A period a policy table names as an ISO-8601 text and a clock: days ({@code P2D}) or a time
 * ({@code PT4H}), counted on the tenant's business calendar ({@link SlaClock#BUSINESS_HOURS}: open
 * days, or open hours) or on every day and hour ({@link SlaClock#TWENTY_FOUR_SEVEN}).
 */
public record CalendarPeriod(String iso, SlaClock clock) {

  /**
   * @throws IllegalArgumentException unless {@code iso} is days only ({@code P7D}, {@code P1W}) or
   *     a time ({@code PT4H})
   * @throws java.time.format.DateTimeParseException if {@code iso} is no ISO-8601 period
   */
  public CalendarPeriod {
    Objects.requireNonNull(iso, "iso");
    Objects.requireNonNull(clock, "clock");
    if (isDays(iso)) {
      Period period = Period.parse(iso);
      if (period.getYears() != 0 || period.getMonths() != 0 || period.isNegative()) {
        throw new IllegalArgumentException("A period counts days, not months or years: " + iso);
      }
    } else if (Duration.parse(iso).isNegative()) {
      throw new IllegalArgumentException("A period must not be negative: " + iso);
    }
  }

  /** Parses a table's outputs, e.g. {@code ("P2D", "BUSINESS_HOURS")}. */
  public static CalendarPeriod of(String iso, String clock) {
    return new CalendarPeriod(iso, SlaClock.parse(clock));
  }

  /** When the period that starts at {@code start} ends, on the calendar. */
  public Instant after(BusinessCalendar calendar, Instant start) {
    Objects.requireNonNull(calendar, "calendar");
    if (isDays(iso)) {
      int days = Period.parse(iso).getDays();
      return clock == SlaClock.BUSINESS_HOURS
          ? calendar.addBusinessDays(start, days)
          : start.atZone(calendar.zone()).plusDays(days).toInstant();
    }
    return calendar.add(start, Duration.parse(iso), clock);
  }

  private static boolean isDays(String iso) {
    return !iso.contains("T");
  }
}
