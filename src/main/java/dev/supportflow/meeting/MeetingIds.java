package dev.supportflow.meeting;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Meeting ids as people say them: {@code MTG-000123}, the row's number. */
final class MeetingIds {

  private static final Pattern FORMAT = Pattern.compile("MTG-(\\d{1,18})");

  private MeetingIds() {}

  static String format(long number) {
    return "MTG-%06d".formatted(number);
  }

  static Optional<Long> parse(String id) {
    Matcher m = id == null ? null : FORMAT.matcher(id);
    return m != null && m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }
}
