package dev.supportflow.policy;

import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.calendar.CalendarSettings;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PolicyConfiguration {

  /** One time source for the product and the engine; tests move it with {@code ClockUtil}. */
  @Bean
  Clock clock() {
    return new EngineClock();
  }

  @Bean
  BusinessCalendars businessCalendars(SupportFlowProperties properties) {
    Map<String, CalendarSettings> calendars = new LinkedHashMap<>();
    properties.tenants().forEach((tenant, settings) -> calendars.put(tenant, settings.calendar()));
    return new BusinessCalendars(calendars);
  }

  /**
   * Process definitions are shared; each instance belongs to the tenant of its ticket. Decision tables are
   * evaluated with a FEEL engine that parses each cell once.
   */
  @Bean
  ProcessEnginePlugin tenantPerTicketPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new TicketTenantIdProvider());
        DefaultDmnEngineConfiguration dmn =
            (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        dmn.setFeelEngineFactory(new CachingFeelEngine.Factory());
        configuration.setDmnEngineConfiguration(dmn);
      }
    };
  }
}
