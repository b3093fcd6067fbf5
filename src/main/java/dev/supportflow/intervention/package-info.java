/**
 * Scheduled interventions (O-9, O-12): the request, its row and status, the process starter and
 * step beans.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(
    allowedDependencies = {"billing", "calendar", "client", "clientrecord", "security", "web"})
package dev.supportflow.intervention;

import org.springframework.modulith.ApplicationModule;
