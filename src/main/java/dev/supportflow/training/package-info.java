/**
 * Trainings (L-7): the request, its row and status, the client's training balance, the process
 * starter and step beans.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(
    allowedDependencies = {"billing", "calendar", "client", "clientrecord", "security", "web"})
package dev.supportflow.training;

import org.springframework.modulith.ApplicationModule;
