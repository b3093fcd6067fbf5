/**
 * Business time: each tenant's zone, hours and holidays, due times and the SLA clock. Depends on
 * nothing of SupportFlow.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(allowedDependencies = {})
package dev.supportflow.calendar;

import org.springframework.modulith.ApplicationModule;
