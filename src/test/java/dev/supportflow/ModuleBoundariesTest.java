package dev.supportflow;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a module (docs/architecture.md, "Modules"): others may use only what it
 * declares, and no two modules depend on each other in a cycle.
 */
class ModuleBoundariesTest {

  @Test
  @DisplayName("No feature reaches into another's internals and the modules form no cycle")
  void modulesKeepTheirBoundaries() {
    ApplicationModules.of(SupportFlowApplication.class).verify();
  }
}
