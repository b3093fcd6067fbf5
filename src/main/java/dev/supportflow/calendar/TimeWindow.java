package dev.supportflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One opening interval of a day, half-open: [start, end). An {@code end} of {@link
 * LocalTime#MIDNIGHT} means the end of the day (written {@code 24:00}).
 */
record TimeWindow(LocalTime start, LocalTime end) {

  boolean endsAtMidnight() {
    return end.equals(LocalTime.MIDNIGHT);
  }

  /**
   * Parses a day's opening hours, e.g. {@code "08:00-18:00"} or {@code "08:00-12:00,13:00-18:00"}.
   * A blank value or {@code CLOSED} means the day is closed. Windows are returned sorted.
   *
   * @throws IllegalArgumentException with a message naming the day and the offending part
   */
  static List<TimeWindow> parseDay(DayOfWeek day, String spec) {
    if (spec == null || spec.isBlank() || spec.trim().equalsIgnoreCase("CLOSED")) {
      return List.of();
    }
    List<TimeWindow> windows = new ArrayList<>();
    for (String part : spec.split(",")) {
      windows.add(parseWindow(day, part.trim()));
    }
    windows.sort(Comparator.comparing(TimeWindow::start));
    for (int i = 1; i < windows.size(); i++) {
      TimeWindow previous = windows.get(i - 1);
      TimeWindow current = windows.get(i);
      if (previous.endsAtMidnight() || current.start().isBefore(previous.end())) {
        throw new IllegalArgumentException(
            String.format("hours.%s: intervals %s and %s overlap", name(day), previous, current));
      }
    }
    return List.copyOf(windows);
  }

  private static TimeWindow parseWindow(DayOfWeek day, String part) {
    String[] bounds = part.split("-");
    if (bounds.length != 2) {
      throw new IllegalArgumentException(
          String.format("hours.%s: '%s' is not an interval like 08:00-18:00", name(day), part));
    }
    LocalTime start = parseTime(day, part, bounds[0].trim(), false);
    LocalTime end = parseTime(day, part, bounds[1].trim(), true);
    boolean endOfDay = end.equals(LocalTime.MIDNIGHT);
    if (!endOfDay && !end.isAfter(start)) {
      throw new IllegalArgumentException(
          String.format(
              "hours.%s: interval '%s' ends before it starts (intervals cannot cross midnight; "
                  + "use 24:00 for the end of the day)",
              name(day), part));
    }
    return new TimeWindow(start, end);
  }

  private static LocalTime parseTime(DayOfWeek day, String part, String text, boolean isEnd) {
    if (isEnd && text.equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    if (isEnd && text.equals("00:00")) {
      throw new IllegalArgumentException(
          String.format(
              "hours.%s: interval '%s' ends at 00:00; write 24:00 for the end of the day",
              name(day), part));
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          String.format("hours.%s: '%s' in '%s' is not a time like 08:00", name(day), text, part),
          e);
    }
  }

  private static String name(DayOfWeek day) {
    return day.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return start + "-" + (endsAtMidnight() ? "24:00" : end.toString());
  }
}
