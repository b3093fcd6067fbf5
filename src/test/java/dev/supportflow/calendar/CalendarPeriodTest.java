package dev.supportflow.calendar;

import static dev.supportflow.calendar.TestCalendars.LEILOES;
import static dev.supportflow.calendar.TestCalendars.sp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Periods of the ticket-lifecycle table on the tenant's calendar")
class CalendarPeriodTest {

  @ParameterizedTest(name = "{0} + {1} on {2} = {3} ({4})")
  @DisplayName("days count open days on business hours, every day on 24x7; times count hours")
  @CsvSource({
    "2026-11-24T10:00, P2D, BUSINESS_HOURS, 2026-11-26T10:00, two weekdays",
    "2026-11-27T17:00, P2D, BUSINESS_HOURS, 2026-12-01T17:00, a weekend skipped",
    "2026-11-19T15:00, P2D, BUSINESS_HOURS, 2026-11-24T15:00, Consciência Negra and a weekend skipped",
    "2026-11-24T10:00, P5D, BUSINESS_HOURS, 2026-12-01T10:00, five open days",
    "2026-11-24T10:00, P7D, 24X7, 2026-12-01T10:00, seven calendar days",
    "2026-11-24T17:00, PT4H, BUSINESS_HOURS, 2026-11-25T11:00, open hours",
    "2026-11-24T17:00, PT4H, 24X7, 2026-11-24T21:00, every hour"
  })
  void after(String start, String iso, String clock, String expected, String why) {
    assertThat(CalendarPeriod.of(iso, clock).after(LEILOES, sp(start))).isEqualTo(sp(expected));
  }

  @Test
  @DisplayName("months and negative periods are refused")
  void refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> CalendarPeriod.of("P1M", "24X7"));
    assertThatIllegalArgumentException().isThrownBy(() -> CalendarPeriod.of("P-1D", "24X7"));
    assertThatIllegalArgumentException().isThrownBy(() -> CalendarPeriod.of("P1D", "SOMETIMES"));
  }
}
