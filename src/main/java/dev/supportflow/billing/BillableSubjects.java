package dev.supportflow.billing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The billable subjects by type, as the consent process names them in {@code subjectType}. */
@Component
public class BillableSubjects {

  private final Map<String, BillableSubject> byType;

  BillableSubjects(List<BillableSubject> subjects) {
    this.byType =
        subjects.stream().collect(Collectors.toMap(BillableSubject::type, Function.identity()));
  }

  public BillableSubject of(String type) {
    BillableSubject subject = byType.get(type);
    if (subject == null) {
      throw new IllegalStateException("No billable subject of type " + type);
    }
    return subject;
  }
}
