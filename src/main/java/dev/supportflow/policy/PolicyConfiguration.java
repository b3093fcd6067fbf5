package dev.supportflow.policy;

import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.calendar.CalendarSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
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
   * History level {@code trail} ({@link TrailHistoryLevel}): the history that is read, decision
   * history included, and no variable history. Picked up by the starter like every plugin bean.
   */
  @Bean
  ProcessEnginePlugin historyLevelPlugin() {
    return new HistoryLevelPlugin();
  }

  /**
   * Decision tables are evaluated with a FEEL engine that parses each cell once, and each
   * evaluation becomes one row of the decision trail ({@link DecisionRecorder}) instead of
   * Camunda's decision history.
   */
  @Bean
  ProcessEnginePlugin decisionRecordPlugin(DecisionTrail trail) {
    return DecisionRecorder.plugin(trail);
  }

  /**
   * Process definitions are shared; each instance belongs to the tenant of its ticket. At
   * deployment, a process owner's deployment must stay within their tenant's decision tables
   * ({@link DeploymentPermission}), and a table that breaks the decision contract is refused (C-4).
   */
  @Bean
  ProcessEnginePlugin tenantPerTicketPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new TicketTenantIdProvider());
        List<Deployer> preDeployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
          preDeployers.addAll(configuration.getCustomPreDeployers());
        }
        DeploymentPermissionCheck permission = new DeploymentPermissionCheck();
        preDeployers.add(permission);
        preDeployers.add(new DecisionContractCheck());
        configuration.setCustomPreDeployers(preDeployers);
        configuration.setDeploymentHandlerFactory(permission);
      }
    };
  }
}
