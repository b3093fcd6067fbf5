package dev.supportflow.demo;

import dev.supportflow.calendar.BusinessCalendar;
import dev.supportflow.calendar.BusinessCalendars;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * When the demo clients write: on an open day a desk's usual load, mostly in business hours, some
 * early, late or at night; on weekends and holidays a few. Deterministic for a seed and a range.
 */
final class Arrivals {

  /** A contact arriving at a time, with how the people around it will behave. */
  record Arrival(Instant at, DemoContacts.Contact contact, Conduct conduct) {}

  /** Contacts per open day: at least the first number, fewer than the first plus the second. */
  private static final Map<String, int[]> PER_OPEN_DAY =
      Map.of("leiloes", new int[] {6, 6}, "oobj", new int[] {8, 6});

  private static final double IN_HOURS = 0.85;
  private static final LocalTime FIRST_CONTACTS = LocalTime.of(6, 0);
  private static final long CONTACT_HOURS_MINUTES = 17 * 60;

  private Arrivals() {}

  static List<Arrival> between(Instant from, Instant to, BusinessCalendars calendars, long seed) {
    Random random = new Random(seed);
    List<Arrival> arrivals = new ArrayList<>();
    for (String tenant : DemoContacts.tenants()) {
      BusinessCalendar calendar = calendars.forTenant(tenant);
      LocalDate last = to.atZone(calendar.zone()).toLocalDate();
      for (LocalDate day = from.atZone(calendar.zone()).toLocalDate();
          !day.isAfter(last);
          day = day.plusDays(1)) {
        boolean openDay = opensOn(calendar, day);
        int[] load = PER_OPEN_DAY.get(tenant);
        int count = openDay ? load[0] + random.nextInt(load[1]) : random.nextInt(3);
        for (int i = 0; i < count; i++) {
          Instant at = time(calendar, day, openDay && random.nextDouble() < IN_HOURS, random);
          DemoContacts.Contact contact = DemoContacts.draw(tenant, random);
          Conduct conduct = Conduct.draw(random);
          if (!at.isBefore(from) && at.isBefore(to)) {
            arrivals.add(new Arrival(at, contact, conduct));
          }
        }
      }
    }
    arrivals.sort(Comparator.comparing(Arrival::at));
    return arrivals;
  }

  private static boolean opensOn(BusinessCalendar calendar, LocalDate day) {
    Instant midnight = day.atStartOfDay(calendar.zone()).toInstant();
    return calendar.nextOpening(midnight).atZone(calendar.zone()).toLocalDate().equals(day);
  }

  /** A time of the day between 06:00 and 23:00, inside or outside the desk's hours as asked. */
  private static Instant time(
      BusinessCalendar calendar, LocalDate day, boolean inHours, Random random) {
    Instant first = day.atTime(FIRST_CONTACTS).atZone(calendar.zone()).toInstant();
    Instant at = first;
    for (int attempt = 0; attempt < 100; attempt++) {
      at = first.plusSeconds(60 * (long) random.nextInt((int) CONTACT_HOURS_MINUTES));
      if (calendar.isOpen(at) == inHours) {
        return at;
      }
    }
    return at;
  }
}
