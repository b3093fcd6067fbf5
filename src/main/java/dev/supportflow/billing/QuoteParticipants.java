package dev.supportflow.billing;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who prepares a quote: the client's account manager (their group sees it too, for holidays and
 * absences).
 */
@Component("quoteParticipants")
public class QuoteParticipants {

  public List<String> accountManager(DelegateExecution execution) {
    Object manager = execution.getVariable("accountManager");
    return manager == null || manager.toString().isBlank()
        ? List.of()
        : List.of(manager.toString());
  }
}
