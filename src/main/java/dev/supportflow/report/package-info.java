/**
 * Reports for supervisors and process owners, read from the ticket rows: SLA compliance per week,
 * service, type or channel, in business minutes of the tenant's calendar.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(allowedDependencies = {"calendar", "security", "web"})
package dev.supportflow.report;

import org.springframework.modulith.ApplicationModule;
