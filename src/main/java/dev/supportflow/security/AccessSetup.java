package dev.supportflow.security;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import dev.supportflow.policy.SupportFlowProperties;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * What must exist in every profile for the engine to enforce C-5 itself: the configured tenants,
 * the groups of API.md, the staff's grants and the Tasklist filters. Idempotent: a restart creates
 * only what is missing and never takes away what an administrator granted by hand.
 *
 * <p>Task permissions are not granted here: the engine gives a task's candidate group READ and
 * UPDATE on that task when it creates it. Tenant isolation is the engine's tenant check on the
 * caller's tenant memberships, so grants on {@code *} never reach another tenant's data.
 */
@Component
public class AccessSetup implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

  private final IdentitySetup identity;
  private final Grants grants;
  private final TasklistFilters filters;
  private final SupportFlowProperties properties;
  private boolean done;

  AccessSetup(
      IdentitySetup identity,
      Grants grants,
      TasklistFilters filters,
      SupportFlowProperties properties) {
    this.identity = identity;
    this.grants = grants;
    this.filters = filters;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    ensure();
  }

  /**
   * A client's dedicated team (L-3.2, L-7): a group of its own that works in Tasklist like the
   * analysts do, on the tasks routed to it.
   */
  public synchronized void ensureTeam(String groupId, String name) {
    ensure();
    identity.group(groupId, name);
    tasklistStaff(groupId);
    filters.shareMyTeam(groupId);
  }

  /**
   * Creates what is missing; called at start-up, and first by whoever needs the groups before that.
   */
  public synchronized void ensure() {
    if (done) {
      return;
    }
    properties.tenants().forEach((id, tenant) -> identity.tenant(id, tenant.name()));
    Groups.ALL.forEach(identity::group);
    Groups.TASKLIST_STAFF.forEach(this::tasklistStaff);
    for (String group : Groups.COCKPIT_STAFF) {
      grants.grant(group, APPLICATION, "cockpit", Permissions.ACCESS);
      grants.grant(
          group,
          PROCESS_DEFINITION,
          Grants.ANY,
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY);
      grants.grant(group, PROCESS_INSTANCE, Grants.ANY, ProcessInstancePermissions.READ);
      grants.grant(
          group, DECISION_DEFINITION, Grants.ANY, Permissions.READ, Permissions.READ_HISTORY);
      // Supervisors see every task of their tenant, also those nobody escalated yet.
      grants.grant(group, TASK, Grants.ANY, TaskPermissions.READ);
    }
    // Process owners ship their tenant's decision tables (Modeler, engine REST); what a deployment
    // may carry is checked by the engine (policy/DeploymentPermission). READ shows their tenant's
    // and the shared deployments in Cockpit.
    grants.grant(
        Groups.PROCESS_OWNERS, DEPLOYMENT, Grants.ANY, Permissions.CREATE, Permissions.READ);
    filters.ensure();
    done = true;
    log.info("Tenants, groups, grants and Tasklist filters in place");
  }

  private void tasklistStaff(String group) {
    grants.grant(group, APPLICATION, "tasklist", Permissions.ACCESS);
    // Tasklist shows each task's process name, form and the ticket's variables (process instance
    // scope).
    // Definitions are shared by all tenants; instances stay behind the tenant check.
    grants.grant(
        group,
        PROCESS_DEFINITION,
        Grants.ANY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE);
  }
}
