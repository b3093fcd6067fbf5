/**
 * The knowledge base: articles, the Portuguese full-text index and the suggestions shown on a
 * ticket.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(allowedDependencies = {"security", "web"})
package dev.supportflow.kb;

import org.springframework.modulith.ApplicationModule;
