/**
 * The demo tenants' users, contracts and sample data, loaded in the default profile only, and demo
 * traffic played through the real intake on request.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(
    allowedDependencies = {"calendar", "client", "policy", "security", "ticket", "web"})
package dev.supportflow.demo;

import org.springframework.modulith.ApplicationModule;
