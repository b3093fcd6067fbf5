package dev.supportflow.calendar;

import java.util.Locale;

/** The clock an SLA target is counted on, as named by the SLA decision tables. */
public enum SlaClock {

  /** Only the tenant's opening hours count (weekends, holidays and nights are skipped). */
  BUSINESS_HOURS,

  /** Every minute counts. */
  TWENTY_FOUR_SEVEN;

  /**
   * Parses a DMN output value: {@code "BUSINESS_HOURS"} or {@code "24X7"}, case-insensitive.
   *
   * @throws IllegalArgumentException for any other value, including {@code null}
   */
  public static SlaClock parse(String value) {
    if (value != null) {
      switch (value.toUpperCase(Locale.ROOT)) {
        case "BUSINESS_HOURS":
          return BUSINESS_HOURS;
        case "24X7":
          return TWENTY_FOUR_SEVEN;
        default:
          break;
      }
    }
    throw new IllegalArgumentException(
        "Unknown SLA clock '" + value + "': expected BUSINESS_HOURS or 24X7");
  }
}
