package dev.supportflow.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * When a client wants something (a meeting's {@code proposedStart}, a training's or an
 * intervention's {@code preferredDate}), as requests write it: an ISO-8601 date-time with offset
 * ({@code 2026-12-10T14:00:00-03:00}) or a plain date ({@code 2026-12-10}), which means {@link
 * #DEFAULT_TIME 09:00} in the tenant's zone. Exactly one of the two is set. Jackson builds it from
 * the JSON string; anything else is a 400 on the field.
 */
@Schema(
    type = "string",
    example = "2026-12-10T14:00:00-03:00",
    description =
        "ISO-8601 date-time with offset, or a plain date (yyyy-MM-dd) meaning 09:00 in the tenant's zone")
public record DateOrDateTime(OffsetDateTime dateTime, LocalDate date) {

  /** The time of day a plain date means, in the tenant's zone. */
  public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

  public DateOrDateTime {
    if ((dateTime == null) == (date == null)) {
      throw new IllegalArgumentException("exactly one of dateTime and date");
    }
  }

  public static DateOrDateTime of(OffsetDateTime dateTime) {
    return new DateOrDateTime(dateTime, null);
  }

  public static DateOrDateTime of(LocalDate date) {
    return new DateOrDateTime(null, date);
  }

  /**
   * @throws IllegalArgumentException with a message for the client when {@code text} is neither
   *     form
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DateOrDateTime parse(String text) {
    try {
      return text.length() == 10 ? of(LocalDate.parse(text)) : of(OffsetDateTime.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expected a date-time with offset (2026-12-10T14:00:00-03:00) or a date (2026-12-10)");
    }
  }

  /** The instant meant: the date-time as written, or the date at 09:00 in {@code tenantZone}. */
  public Instant toInstant(ZoneId tenantZone) {
    return dateTime != null
        ? dateTime.toInstant()
        : date.atTime(DEFAULT_TIME).atZone(tenantZone).toInstant();
  }

  /** A range's bound: the date-time as written, or the start of the date in {@code tenantZone}. */
  public Instant startIn(ZoneId tenantZone) {
    return dateTime != null ? dateTime.toInstant() : date.atStartOfDay(tenantZone).toInstant();
  }

  /** In ISO-8601, the form it was read in. */
  @JsonValue
  @Override
  public String toString() {
    return dateTime != null ? dateTime.toString() : date.toString();
  }
}
