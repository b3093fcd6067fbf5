package dev.supportflow.demo;

import dev.supportflow.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * When the desk's people get to something: within a due time, after it, or after some work, in the
 * tenant's business hours where the promise is counted in them.
 */
final class StaffTime {

  private final BusinessCalendar calendar;

  StaffTime(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * A time before {@code due}, the given share of the way there: of the open time between, or of
   * the whole time when the desk is closed all along (a 24x7 promise kept at night).
   */
  Instant within(Instant now, Instant due, double share) {
    if (!due.isAfter(now)) {
      return now;
    }
    Duration open = calendar.businessTimeBetween(now, due);
    if (open.isZero()) {
      return now.plus(part(Duration.between(now, due), share));
    }
    return calendar.addBusinessTime(now, part(open, share));
  }

  /** Some time after {@code due}: in business time when it falls in hours, else on the wall. */
  Instant after(Instant due, Duration lateness) {
    return calendar.isOpen(due) ? calendar.addBusinessTime(due, lateness) : due.plus(lateness);
  }

  /** When work of this business duration, started now, is done. */
  Instant afterWork(Instant now, Duration work) {
    return calendar.addBusinessTime(now, work);
  }

  /** The next opening after a short while, to look again at work that waits for it. */
  Instant later(Instant now) {
    return calendar.nextOpening(now.plus(Duration.ofMinutes(15))).plus(Duration.ofMinutes(5));
  }

  /** A time during opening hours, this long after {@code now} on the wall. */
  Instant openingAfter(Instant now, Duration wait) {
    return calendar.nextOpening(now.plus(wait));
  }

  private static Duration part(Duration whole, double share) {
    return Duration.ofSeconds(Math.max(60, (long) (whole.toSeconds() * share)));
  }
}
