package dev.supportflow.ticket;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "remind the client": the question is still unanswered after the tenant's reminder period.
 * The reminder is the timeline entry {@code REMINDER_SENT} (the client reads it on the ticket) and
 * an e-mail to the client ({@link ClientReminded}).
 */
@Component("sendReminder")
class SendReminder implements JavaDelegate {

  static final String TEXT =
      "Lembrete: aguardamos sua resposta para continuar o atendimento. Sem resposta, o chamado"
          + " será encerrado.";

  private final TicketTimeline timeline;
  private final TicketEvents events;

  SendReminder(TicketTimeline timeline, TicketEvents events) {
    this.timeline = timeline;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    timeline.record(execution, "REMINDER_SENT", null, TEXT);
    events.publish(new ClientReminded(events.headline(execution), TEXT));
  }
}
