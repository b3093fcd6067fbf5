package dev.supportflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;

/**
 * Binds the documented YAML shape the way Spring Boot does for configuration properties (no
 * context).
 */
@DisplayName("Calendar settings bind from YAML (supportflow.tenants.<id>.calendar)")
class CalendarSettingsBindingTest {

  private static final String YAML =
      """
            supportflow:
              tenants:
                leiloes:
                  calendar:
                    zone: America/Sao_Paulo
                    hours:
                      monday: 08:00-18:00
                      tuesday: 08:00-18:00
                      wednesday: 08:00-18:00
                      thursday: 08:00-18:00
                      friday: 08:00-18:00
                    holidays:
                      calendar: BRAZIL
                      subdivision: sp
                      open-on: [CARNIVAL, CORPUS_CHRISTI]
                      extra-dates: [2026-12-24, 2026-12-31]
                      removed-dates: [2026-07-09]
                oobj:
                  calendar:
                    zone: America/Sao_Paulo
                    hours:
                      MONDAY: "07:00-19:00"
                      FRIDAY: "07:00-12:00,13:00-19:00"
                strict:
                  calendar:
                    zone: America/Sao_Paulo
                    hours:
                      monday: 08:00-18:00
                    holidays:
                      open-on: []
                broken:
                  calendar:
                    zone: America/Sao_Pualo
                    hours:
                      monday: 08:00-18:00
            """;

  @Test
  @DisplayName("L-4.1 / O-2 the documented shape binds, with defaults for what is left out")
  void binds() throws IOException {
    Binder binder = binder();
    CalendarSettings leiloes =
        binder.bind("supportflow.tenants.leiloes.calendar", CalendarSettings.class).get();
    assertThat(leiloes.zone()).isEqualTo(TestCalendars.SAO_PAULO);
    assertThat(leiloes.hours()).hasSize(5).containsEntry(DayOfWeek.MONDAY, "08:00-18:00");
    assertThat(leiloes.holidays().subdivision()).isEqualTo("sp");
    assertThat(leiloes.holidays().openOn()).containsExactlyInAnyOrder("CARNIVAL", "CORPUS_CHRISTI");
    assertThat(leiloes.holidays().extraDates())
        .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
    assertThat(leiloes.holidays().removedDates()).containsExactly(LocalDate.of(2026, 7, 9));

    CalendarSettings oobj =
        binder.bind("supportflow.tenants.oobj.calendar", CalendarSettings.class).get();
    assertThat(oobj.hours()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    assertThat(oobj.holidays()).isEqualTo(CalendarSettings.Holidays.defaults());

    BusinessCalendar calendar = new BusinessCalendar(leiloes);
    assertThat(calendar.isHoliday(LocalDate.of(2026, 12, 24))).isTrue();
    assertThat(calendar.isHoliday(LocalDate.of(2026, 7, 9))).isFalse();
    assertThat(calendar.isHoliday(LocalDate.of(2026, 2, 18)))
        .as("Ash Wednesday closes here")
        .isTrue();
  }

  @Test
  @DisplayName("open-on: [] closes on every holiday of the calendar, Carnival included")
  void emptyOpenOn() throws IOException {
    CalendarSettings strict =
        binder().bind("supportflow.tenants.strict.calendar", CalendarSettings.class).get();
    assertThat(strict.holidays().openOn()).isEmpty();
    assertThat(new BusinessCalendar(strict).isHoliday(LocalDate.of(2026, 2, 17))).isTrue();
  }

  @Test
  @DisplayName("an unknown zone fails the binding with the zone named")
  void unknownZone() throws IOException {
    Binder binder = binder();
    assertThatExceptionOfType(BindException.class)
        .isThrownBy(
            () -> binder.bind("supportflow.tenants.broken.calendar", CalendarSettings.class))
        .satisfies(
            e ->
                assertThat(e)
                    .hasMessageContaining("supportflow.tenants.broken.calendar")
                    .hasStackTraceContaining("America/Sao_Pualo"));
  }

  private static Binder binder() throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    for (PropertySource<?> source :
        new YamlPropertySourceLoader()
            .load("test", new ByteArrayResource(YAML.getBytes(StandardCharsets.UTF_8)))) {
      environment.getPropertySources().addFirst(source);
    }
    return new Binder(
        ConfigurationPropertySources.get(environment),
        null,
        ApplicationConversionService.getSharedInstance());
  }
}
