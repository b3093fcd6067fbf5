package dev.supportflow.policy;

import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.FORM_PROPERTY_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;

/**
 * Camunda's {@code full} history without the per-update variable detail ({@code ACT_HI_DETAIL}):
 * decision instances with their inputs and outputs (the decision trail, C-2), process, activity and
 * task instances, variable instances with their latest value (Cockpit), identity links, incidents,
 * the job log, the user operation log, batches and external tasks are all kept. What goes is one
 * {@code ACT_HI_DETAIL} row (plus a byte array for an object value) for every variable write, and
 * form property updates: nothing in SupportFlow, Tasklist or Cockpit (Community Edition) reads
 * them. docs/architecture.md, "History", has the figures.
 *
 * <p>The answer depends on the event type only, never on the entity: the engine also asks with a
 * {@code null} entity while it parses models and builds its listeners, and must hear "yes" for
 * every type it will ever record.
 */
public final class FullWithoutDetailHistoryLevel extends AbstractHistoryLevel {

  public static final String NAME = "full-without-detail";

  /** Stored in ACT_GE_PROPERTY ("historyLevel"); Camunda's own levels are 0 to 3. */
  public static final int ID = 31;

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return eventType != VARIABLE_INSTANCE_UPDATE_DETAIL && eventType != FORM_PROPERTY_UPDATE;
  }
}
