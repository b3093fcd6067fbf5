package dev.supportflow.calendar;

import static dev.supportflow.calendar.TestCalendars.LEILOES;
import static dev.supportflow.calendar.TestCalendars.OOBJ;
import static dev.supportflow.calendar.TestCalendars.sp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SLA clocks: BUSINESS_HOURS and 24X7")
class SlaClockTest {

  @DisplayName("parses exactly the DMN output values, case-insensitive")
  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource({
    "BUSINESS_HOURS, BUSINESS_HOURS",
    "business_hours, BUSINESS_HOURS",
    "24X7,           TWENTY_FOUR_SEVEN",
    "24x7,           TWENTY_FOUR_SEVEN",
  })
  void parse(String text, SlaClock expected) {
    assertThat(SlaClock.parse(text)).isEqualTo(expected);
  }

  @DisplayName("refuses anything else")
  @ParameterizedTest(name = "\"{0}\"")
  @NullSource
  @ValueSource(strings = {"", "TWENTY_FOUR_SEVEN", "24/7", "BUSINESS HOURS", " 24X7"})
  void parseRejects(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SlaClock.parse(text))
        .withMessageContaining("expected BUSINESS_HOURS or 24X7");
  }

  @DisplayName("L-2.2 an 'immediate' response runs on a 24x7 clock: always open, plain addition")
  @ParameterizedTest(name = "{0} + {1} → {2}")
  @CsvSource({
    "2026-03-07T03:00, PT5M,  2026-03-07T03:05",
    "2026-03-02T17:58, PT5M,  2026-03-02T18:03",
    "2026-12-25T10:00, PT24H, 2026-12-26T10:00",
    "2026-03-08T23:59, PT0S,  2026-03-08T23:59",
  })
  void twentyFourSeven(String start, Duration duration, String expected) {
    assertThat(LEILOES.add(sp(start), duration, SlaClock.TWENTY_FOUR_SEVEN))
        .isEqualTo(sp(expected));
    assertThat(LEILOES.isOpen(sp(start), SlaClock.TWENTY_FOUR_SEVEN)).isTrue();
    assertThat(LEILOES.nextOpening(sp(start), SlaClock.TWENTY_FOUR_SEVEN)).isEqualTo(sp(start));
  }

  @Test
  @DisplayName("O-2 the business-hours overloads delegate to the calendar")
  void businessHoursOverloads() {
    assertThat(OOBJ.isOpen(sp("2026-03-07T03:00"), SlaClock.BUSINESS_HOURS)).isFalse();
    assertThat(OOBJ.nextOpening(sp("2026-03-07T03:00"), SlaClock.BUSINESS_HOURS))
        .isEqualTo(sp("2026-03-09T07:00"));
    assertThat(OOBJ.add(sp("2026-03-07T03:00"), Duration.ofMinutes(5), SlaClock.BUSINESS_HOURS))
        .isEqualTo(sp("2026-03-09T07:05"));
  }
}
