package dev.supportflow.policy;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * The DMN engine set-up tables are evaluated with: Camunda's defaults and FEEL through {@link
 * CachingFeelEngine}. Each configuration has a parse cache of its own, so a standalone engine (the
 * policy simulation) never grows the process engine's cache with uploaded tables.
 */
public final class DmnConfigurations {

  private DmnConfigurations() {}

  public static DefaultDmnEngineConfiguration withCachingFeel() {
    DefaultDmnEngineConfiguration dmn =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    dmn.setFeelEngineFactory(new CachingFeelEngine.Factory());
    return dmn;
  }
}
