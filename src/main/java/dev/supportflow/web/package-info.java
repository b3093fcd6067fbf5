/**
 * What every HTTP answer shares: problem+json errors, paging, request size limits. Depends on
 * nothing of SupportFlow.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(allowedDependencies = {})
package dev.supportflow.web;

import org.springframework.modulith.ApplicationModule;
