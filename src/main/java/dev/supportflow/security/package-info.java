/**
 * Who calls: authentication against Camunda's identity service, groups and tenants, grants,
 * throttling, and the checks on engine REST and Tasklist.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(allowedDependencies = {"policy", "web"})
package dev.supportflow.security;

import org.springframework.modulith.ApplicationModule;
