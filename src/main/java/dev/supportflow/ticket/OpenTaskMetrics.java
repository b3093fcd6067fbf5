package dev.supportflow.ticket;

import dev.supportflow.policy.SupportFlowProperties;
import dev.supportflow.security.Groups;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * {@code supportflow.tasks.open{tenant,group}}: open tasks offered to each staff group of each
 * tenant, claimed or not. Counted in the database when scraped (one indexed count query per tenant
 * and group), so every node reports the whole cluster's backlog: aggregate with {@code max}, not
 * {@code sum}.
 */
@Component
class OpenTaskMetrics implements MeterBinder {

  static final String METRIC = "supportflow.tasks.open";

  /**
   * The staff groups tasks are offered to (a client's dedicated team is counted under its own group
   * only).
   */
  static final List<String> GROUPS = Groups.TASKLIST_STAFF;

  private final TaskService taskService;
  private final SupportFlowProperties properties;

  OpenTaskMetrics(TaskService taskService, SupportFlowProperties properties) {
    this.taskService = taskService;
    this.properties = properties;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String tenant : properties.tenants().keySet()) {
      for (String group : GROUPS) {
        Gauge.builder(METRIC, () -> count(tenant, group))
            .description("Open tasks offered to a staff group, claimed or not")
            .tag("tenant", tenant)
            .tag("group", group)
            .register(registry);
      }
    }
  }

  long count(String tenant, String group) {
    return taskService
        .createTaskQuery()
        .tenantIdIn(tenant)
        .taskCandidateGroup(group)
        .includeAssignedTasks()
        .count();
  }
}
