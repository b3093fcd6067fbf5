/**
 * The billable-work gate: quotes, the client's consent, and the process steps of
 * out-of-hours-consent; every billable record plugs in through BillableSubject.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(allowedDependencies = {"policy", "security", "web"})
package dev.supportflow.billing;

import org.springframework.modulith.ApplicationModule;
