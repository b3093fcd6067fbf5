package dev.supportflow.policy;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Gives a process instance of a shared definition the tenant named by its {@code tenant} variable.
 */
class TicketTenantIdProvider implements TenantIdProvider {

  static final String TENANT_VARIABLE = "tenant";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    Object tenant = ctx.getVariables() == null ? null : ctx.getVariables().get(TENANT_VARIABLE);
    if (tenant == null && ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    return tenant == null ? null : tenant.toString();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}
