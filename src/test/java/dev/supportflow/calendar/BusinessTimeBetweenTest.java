package dev.supportflow.calendar;

import static dev.supportflow.calendar.TestCalendars.LEILOES;
import static dev.supportflow.calendar.TestCalendars.sp;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Business time between two instants (the SLA clock's paused time)")
class BusinessTimeBetweenTest {

  @ParameterizedTest(name = "{0} → {1} = {2} ({3})")
  @DisplayName("L-4.1 only leiloes' open hours count, holidays closed")
  @CsvSource({
    "2026-11-24T10:00, 2026-11-24T11:30, PT1H30M, within one morning",
    "2026-11-24T17:00, 2026-11-25T09:00, PT2H, across a night",
    "2026-11-27T17:00, 2026-11-30T09:00, PT2H, across a weekend",
    "2026-11-19T17:00, 2026-11-23T10:00, PT3H, across Consciência Negra (Fri 20 Nov) and a weekend",
    "2026-11-21T10:00, 2026-11-22T10:00, PT0S, a weekend only",
    "2026-11-24T11:00, 2026-11-24T10:00, PT0S, backwards is zero"
  })
  void openTimeOnly(String from, String to, Duration expected, String why) {
    assertThat(LEILOES.businessTimeBetween(sp(from), sp(to))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} + {1} then back = {1}")
  @DisplayName("L-4.1 the inverse of adding business time")
  @CsvSource({"2026-11-19T17:30, PT7H", "2026-12-24T16:00, PT20H", "2026-11-21T03:00, PT1H"})
  void inverseOfAdd(String start, Duration d) {
    var end = LEILOES.addBusinessTime(sp(start), d);
    assertThat(LEILOES.businessTimeBetween(LEILOES.nextOpening(sp(start)), end)).isEqualTo(d);
  }

  @ParameterizedTest(name = "{0} → {1} on 24x7 = {2}")
  @DisplayName("a 24x7 clock counts every minute")
  @CsvSource({"2026-11-21T10:00, 2026-11-22T10:00, PT24H"})
  void twentyFourSeven(String from, String to, Duration expected) {
    assertThat(LEILOES.between(sp(from), sp(to), SlaClock.TWENTY_FOUR_SEVEN)).isEqualTo(expected);
  }
}
