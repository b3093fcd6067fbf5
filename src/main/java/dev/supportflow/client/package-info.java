/**
 * Client contracts: which client belongs to which tenant, its plan and its users.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(allowedDependencies = {"security", "web"})
package dev.supportflow.client;

import org.springframework.modulith.ApplicationModule;
