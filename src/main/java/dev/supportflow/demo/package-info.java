/**
 * The demo tenants' users, contracts and sample data, loaded in the default profile only.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(allowedDependencies = {"client", "policy", "security"})
package dev.supportflow.demo;

import org.springframework.modulith.ApplicationModule;
