package dev.supportflow.intervention;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Intervention ids as people say them ({@code INT-000123}): the row's number, one sequence for every tenant. */
final class InterventionIds {

  private static final Pattern FORMAT = Pattern.compile("INT-(\\d{1,18})");

  private InterventionIds() {}

  static String format(long number) {
    return "INT-%06d".formatted(number);
  }

  /** The number of a well-formed id, else empty. */
  static Optional<Long> parse(String id) {
    Matcher m = id == null ? null : FORMAT.matcher(id);
    return m != null && m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }
}
