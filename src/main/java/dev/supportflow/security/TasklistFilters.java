package dev.supportflow.security;

import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filters, by the names the staff use, each readable by the groups it is for. A filter
 * that exists (by name) is left as an administrator may have tuned it; only its grants are
 * completed.
 */
@Component
class TasklistFilters {

  static final String MY_TEAM = "Meu time";
  static final String ESCALATED = "Escalonados";
  static final String AWAITING_QUOTE = "Aguardando orçamento";

  /**
   * Columns each filter shows next to the task name: a ticket's one-line display variable (id,
   * subject, client, first-response due time), and the subject of a quote.
   */
  private static final List<Map<String, String>> TICKET_COLUMNS =
      List.of(
          Map.of("name", "ticketHeadline", "label", "Chamado"),
          Map.of("name", "subjectId", "label", "Solicitação"));

  /**
   * The columns of earlier versions, one variable per fact: filters still showing exactly these are
   * updated.
   */
  private static final List<Map<String, String>> EARLIER_COLUMNS =
      List.of(
          Map.of("name", "ticketId", "label", "Chamado"),
          Map.of("name", "subject", "label", "Assunto"),
          Map.of("name", "clientId", "label", "Cliente"),
          Map.of("name", "firstResponseDueText", "label", "Primeira resposta até"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;

  TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  void ensure() {
    filter(
        MY_TEAM,
        -10,
        "Tarefas dos meus grupos, também as já assumidas",
        () ->
            taskService
                .createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks(),
        Groups.TASKLIST_STAFF);
    filter(
        ESCALATED,
        0,
        "Prazos de SLA vencidos, para os supervisores (C-3)",
        () -> taskService.createTaskQuery().taskDefinitionKeyLike("Task_Escalate%"),
        Groups.COCKPIT_STAFF);
    filter(
        AWAITING_QUOTE,
        10,
        "Orçamentos a preparar para o cliente",
        () -> taskService.createTaskQuery().taskDefinitionKeyLike("Task_PrepareQuote%"),
        List.of(Groups.ACCOUNT_MANAGERS, Groups.SUPERVISORS));
  }

  /** Lets a further group (a client's dedicated team) read "Meu time". */
  void shareMyTeam(String group) {
    filterService
        .createFilterQuery()
        .filterName(MY_TEAM)
        .list()
        .forEach(filter -> grants.grant(group, FILTER, filter.getId(), Permissions.READ));
  }

  private void filter(
      String name,
      int priority,
      String description,
      Supplier<TaskQuery> query,
      List<String> readers) {
    Filter filter =
        filterService.createFilterQuery().filterName(name).list().stream().findFirst().orElse(null);
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
      filter.setQuery(query.get());
      filter.setProperties(
          Map.of(
              "description",
              description,
              "priority",
              priority,
              "refresh",
              true,
              "variables",
              TICKET_COLUMNS));
      filter = filterService.saveFilter(filter);
    } else if (EARLIER_COLUMNS.equals(filter.getProperties().get("variables"))) {
      Map<String, Object> properties = new HashMap<>(filter.getProperties());
      properties.put("variables", TICKET_COLUMNS);
      filter.setProperties(properties);
      filter = filterService.saveFilter(filter);
    }
    for (String group : readers) {
      grants.grant(group, FILTER, filter.getId(), Permissions.READ);
    }
  }
}
