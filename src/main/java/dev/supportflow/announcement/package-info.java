/**
 * Announcements (O-13): what a vendor announces, who subscribed, and each delivery.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(allowedDependencies = {"mail", "policy", "security", "web"})
package dev.supportflow.announcement;

import org.springframework.modulith.ApplicationModule;
