package dev.supportflow.training;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Training ids as people say them: {@code TRN-000123}, the row's number. */
final class TrainingIds {

  private static final Pattern FORMAT = Pattern.compile("TRN-(\\d{1,18})");

  private TrainingIds() {}

  static String format(long number) {
    return "TRN-%06d".formatted(number);
  }

  static Optional<Long> parse(String id) {
    Matcher m = id == null ? null : FORMAT.matcher(id);
    return m != null && m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }

  static long number(String id) {
    return parse(id).orElseThrow(() -> new IllegalStateException("Not a training id: " + id));
  }
}
