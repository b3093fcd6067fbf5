package dev.supportflow.training;

import java.math.BigDecimal;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The steps of {@code bpmn/training-request.bpmn} that change the training row and the balance. */
@Component("trainingSteps")
public class TrainingSteps {

  private final TrainingRepository trainings;
  private final TrainingBalance balance;
  private final Clock clock;

  TrainingSteps(TrainingRepository trainings, TrainingBalance balance, Clock clock) {
    this.trainings = trainings;
    this.balance = balance;
    this.clock = clock;
  }

  /**
   * The training is on the calendar: its plan hours stay booked, any excess was accepted by the
   * client.
   */
  public void schedule(DelegateExecution execution) {
    long number = Training.TYPE.numberOf(execution.getProcessBusinessKey());
    trainings.updateStatus(number, TrainingStatus.SCHEDULED, clock.instant());
    trainings.addEvent(number, clock.instant(), TrainingStatus.SCHEDULED.name(), null, null);
  }

  /**
   * The client did not accept the quote for the excess: the training is off and its plan hours go
   * back.
   */
  public void closeAndRelease(DelegateExecution execution) {
    long number = Training.TYPE.numberOf(execution.getProcessBusinessKey());
    Training training = trainings.find(number).orElseThrow();
    balance.release(training.clientId(), training.bookedHours());
    trainings.updateStatus(number, TrainingStatus.CLOSED, clock.instant());
    trainings.addEvent(
        number,
        clock.instant(),
        TrainingStatus.CLOSED.name(),
        null,
        training.bookedHours().compareTo(BigDecimal.ZERO) > 0
            ? training.bookedHours() + " h devolvidas ao saldo do plano"
            : null);
  }
}
