/**
 * Tickets: intake through the ticket-intake process, the ticket row, its view and the step beans
 * the process calls.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(
    allowedDependencies = {
      "billing",
      "calendar",
      "client",
      "clientrecord",
      "kb",
      "policy",
      "security",
      "web"
    })
package dev.supportflow.ticket;

import org.springframework.modulith.ApplicationModule;
