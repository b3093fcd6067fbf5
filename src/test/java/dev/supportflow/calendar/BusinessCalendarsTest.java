package dev.supportflow.calendar;

import static dev.supportflow.calendar.TestCalendars.sp;
import static dev.supportflow.calendar.TestCalendars.weekdays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One business calendar per tenant")
class BusinessCalendarsTest {

  private final BusinessCalendars calendars =
      new BusinessCalendars(
          Map.of(
              "leiloes", weekdays("08:00-18:00"),
              "oobj", weekdays("07:00-19:00")));

  @Test
  @DisplayName("L-4.1 / O-2 each tenant gets its own hours")
  void perTenant() {
    assertThat(calendars.tenants()).containsExactlyInAnyOrder("leiloes", "oobj");
    assertThat(calendars.forTenant("leiloes").isOpen(sp("2026-03-02T07:30"))).isFalse();
    assertThat(calendars.forTenant("oobj").isOpen(sp("2026-03-02T07:30"))).isTrue();
    assertThat(calendars.forTenant("leiloes")).isSameAs(calendars.forTenant("leiloes"));
  }

  @Test
  @DisplayName("an unknown tenant is refused")
  void unknownTenant() {
    assertThatExceptionOfType(UnknownTenantException.class)
        .isThrownBy(() -> calendars.forTenant("acme"))
        .withMessageContaining("'acme'")
        .satisfies(e -> assertThat(e.tenantId()).isEqualTo("acme"));
    assertThatExceptionOfType(UnknownTenantException.class)
        .isThrownBy(() -> calendars.forTenant(null));
  }

  @Test
  @DisplayName("a tenant with a bad calendar is named in the error")
  void badTenant() {
    var bad =
        weekdays("08:00-18:00", new CalendarSettings.Holidays("BRAZIL", "zz", null, null, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new BusinessCalendars(Map.of("acme", bad)))
        .withMessageStartingWith("Tenant 'acme': ")
        .withMessageContaining("'zz' is not a region");
  }
}
