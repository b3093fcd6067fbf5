package dev.supportflow.policy;

import java.util.Collection;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * What a deployment may carry when someone other than an admin makes it: process owners (the only
 * others who may create deployments) ship decision tables of their own tenant. Tenant-less models
 * are the processes every tenant shares, and the {@value #RESERVED_NAME_PREFIX} names belong to the
 * start-up deployment, which would take back an owner's version at the next restart; both stay with
 * admins. A deployment without an authenticated user (start-up, the application's own code) is not
 * checked.
 */
final class DeploymentPermission {

  static final String RESERVED_NAME_PREFIX = "supportflow-";

  private DeploymentPermission() {}

  /**
   * @throws AuthorizationException when the authenticated user may not make this deployment (engine
   *     REST answers 403)
   */
  static void check(String name, String tenantId, Collection<String> resourceNames) {
    if (!appliesToCaller()) {
      return;
    }
    Authentication user = Context.getCommandContext().getAuthentication();
    String who = user.getUserId();
    if (tenantId == null) {
      throw refused(
          who
              + " may not deploy without a tenant id: models without a tenant are the processes"
              + " every tenant shares, deployed by admins. Set the tenant id of your tenant.");
    }
    if (user.getTenantIds() == null || !user.getTenantIds().contains(tenantId)) {
      throw refused(
          who + " may deploy only for the tenant they work for, not for '" + tenantId + "'.");
    }
    for (String resource : resourceNames) {
      if (!resource.endsWith(".dmn")) {
        throw refused(
            who
                + " may deploy decision tables (.dmn) only; '"
                + resource
                + "' is not one. Processes and forms are deployed by admins.");
      }
    }
    if (name != null && name.startsWith(RESERVED_NAME_PREFIX)) {
      throw refused(
          "Deployment names starting with '"
              + RESERVED_NAME_PREFIX
              + "' are reserved for the deployment at start-up, which would replace this"
              + " version with the shipped files at the next restart. Choose another name.");
    }
  }

  /** Whether the deployment is made by a user other than an admin (not the start-up). */
  static boolean appliesToCaller() {
    CommandContext context = Context.getCommandContext();
    Authentication user = context.getAuthentication();
    return user != null
        && user.getUserId() != null
        && !context.getAuthorizationManager().isCamundaAdmin(user);
  }

  private static AuthorizationException refused(String message) {
    return new AuthorizationException(message);
  }
}
