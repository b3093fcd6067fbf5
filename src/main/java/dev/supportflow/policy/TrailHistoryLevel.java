package dev.supportflow.policy;

import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_END;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_START;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.DMN_DECISION_EVALUATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.FORM_PROPERTY_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.IDENTITY_LINK_ADD;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.IDENTITY_LINK_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.JOB_CREATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_CREATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL;

import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The history SupportFlow reads, and nothing else: Camunda's {@code full} history without what no
 * screen, API or operator reads. Kept: process and task instances, the steps of a ticket that
 * people, timers, messages and Java act on (tasks, events, call activities), job runs and failures
 * (which node fired a timer), incidents, the user operation log, batches.
 *
 * <p>Dropped: decision instances (the decision trail records each evaluation in one row of its own,
 * {@link DecisionRecorder}, at every level), variable history ({@code ACT_HI_VARINST}, {@code
 * ACT_HI_DETAIL}: the process keeps references and routing flags, the ticket row keeps the facts),
 * the step record of gateways and business rule tasks (a gateway's choice shows in the step after
 * it; a business rule task's record is its row in the decision trail, which names the activity),
 * the log of identity links (Tasklist reads the live ones), job creation (the timer itself is the
 * live row), form property updates. docs/architecture.md, "History", has the figures.
 *
 * <p>With a {@code null} entity the engine asks while parsing models and building its listeners
 * whether a type may ever be recorded: activity events must hear "yes" there, since whether one is
 * recorded depends on the activity.
 */
public final class TrailHistoryLevel extends AbstractHistoryLevel {

  public static final String NAME = "trail";

  /** Stored in ACT_GE_PROPERTY ("historyLevel"); Camunda's own levels are 0 to 3. */
  public static final int ID = 32;

  private static final Set<HistoryEventType> NEVER =
      Set.of(
          DMN_DECISION_EVALUATE,
          VARIABLE_INSTANCE_CREATE,
          VARIABLE_INSTANCE_UPDATE,
          VARIABLE_INSTANCE_DELETE,
          VARIABLE_INSTANCE_MIGRATE,
          VARIABLE_INSTANCE_UPDATE_DETAIL,
          FORM_PROPERTY_UPDATE,
          IDENTITY_LINK_ADD,
          IDENTITY_LINK_DELETE,
          JOB_CREATE);

  private static final Set<HistoryEventType> STEPS =
      Set.of(ACTIVITY_INSTANCE_START, ACTIVITY_INSTANCE_UPDATE, ACTIVITY_INSTANCE_END);

  /** Activity types whose steps are not recorded (BpmnProperties.TYPE of the activity). */
  private static final Set<String> UNRECORDED_STEPS =
      Set.of("exclusiveGateway", "inclusiveGateway", "parallelGateway", "businessRuleTask");

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
    if (NEVER.contains(eventType)) {
      return false;
    }
    return !(STEPS.contains(eventType)
        && entity instanceof ExecutionEntity execution
        && execution.getActivity() != null
        && UNRECORDED_STEPS.contains(
            execution.getActivity().getProperties().get(BpmnProperties.TYPE)));
  }
}
