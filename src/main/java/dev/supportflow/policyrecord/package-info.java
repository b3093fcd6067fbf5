/**
 * The record of every deployment of models (who, when, which version of each decision and process),
 * written in the deployment's transaction and shown to the tenant's supervisors, process owners and
 * admins.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(allowedDependencies = {"security", "web"})
package dev.supportflow.policyrecord;

import org.springframework.modulith.ApplicationModule;
