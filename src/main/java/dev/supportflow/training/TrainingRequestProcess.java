package dev.supportflow.training;

import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.client.ClientContract;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts {@code bpmn/training-request.bpmn} (business key: the training id) once the plan's part is
 * booked. The hours beyond the balance ({@code excessHours}) are what the {@code
 * billable-work-consent} call quotes.
 */
@Component
class TrainingRequestProcess {

  static final String PROCESS_KEY = "training-request";
  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final RuntimeService runtimeService;
  private final BusinessCalendars calendars;

  TrainingRequestProcess(RuntimeService runtimeService, BusinessCalendars calendars) {
    this.runtimeService = runtimeService;
    this.calendars = calendars;
  }

  void start(String trainingId, Training t, ClientContract plan) {
    String when = HUMAN.format(t.preferredDate().atZone(calendars.forTenant(t.tenant()).zone()));
    VariableMap variables =
        Variables.createVariables()
            .putValue("trainingId", trainingId)
            .putValue("subjectType", Training.TYPE.name())
            .putValue("subjectId", trainingId)
            .putValue("tenant", t.tenant())
            .putValue("clientId", t.clientId())
            .putValue("accountManager", plan.accountManager())
            .putValue("plan", plan.summary())
            .putValue("topic", t.topic())
            .putValue("hours", t.hours().doubleValue())
            .putValue("bookedHours", t.bookedHours().doubleValue())
            .putValue("excessHours", t.excessHours().doubleValue())
            .putValue("estimatedHours", t.excessHours().doubleValue())
            .putValue("agreedRate", null)
            .putValue(
                "workSummary",
                "Treinamento de %s h (%s h do plano, %s h além do saldo) a partir de %s: %s"
                    .formatted(
                        hours(t.hours()),
                        hours(t.bookedHours()),
                        hours(t.excessHours()),
                        when,
                        t.topic()));
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, trainingId, variables);
  }

  /** Hours as people write them ("1", "1.5"), whatever scale the database gives the column. */
  private static String hours(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
