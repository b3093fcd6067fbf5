/**
 * Policy simulation: an edited decision table replayed against the decision history of a tenant's
 * past tickets, before it is deployed. Reads only; nothing is deployed and no ticket changes.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(allowedDependencies = {"calendar", "policy", "security", "web"})
package dev.supportflow.simulation;

import org.springframework.modulith.ApplicationModule;
