/**
 * The engine's set-up for policy in models: deployment of BPMN and DMN per tenant, the decision
 * contract (C-4), the decision trail (C-2), FEEL, the history level and the engine clock.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(allowedDependencies = {"calendar"})
package dev.supportflow.policy;

import org.springframework.modulith.ApplicationModule;
