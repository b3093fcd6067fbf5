package dev.supportflow.demo;

import dev.supportflow.security.Caller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The demo staff who take a task: the user the task is offered to, or the first demo member of its
 * candidate group in the ticket's tenant; and the same person working in the engine as Tasklist
 * would (their groups and tenants, so grants and the tenant check apply).
 */
final class DeskStaff {

  private final IdentityService identity;
  private final TaskService tasks;
  private final Map<String, Caller> callers = new HashMap<>();
  private final Map<String, String> groupMembers = new HashMap<>();

  DeskStaff(IdentityService identity, TaskService tasks) {
    this.identity = identity;
    this.tasks = tasks;
  }

  /** Who takes this task of a ticket of {@code tenant}. */
  Caller takes(Task task, String tenant) {
    List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
    return links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .filter(link -> link.getUserId() != null)
        .map(link -> caller(link.getUserId()))
        .findFirst()
        .orElseGet(
            () ->
                links.stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .map(IdentityLink::getGroupId)
                    .filter(group -> group != null)
                    .map(group -> memberOf(group, tenant))
                    .filter(user -> user != null)
                    .map(this::caller)
                    .findFirst()
                    .orElseThrow(
                        () -> new IllegalStateException("Nobody takes task " + task.getId())));
  }

  /** Anyone of the group in the tenant, e.g. the supervisor. */
  Caller member(String group, String tenant) {
    return caller(memberOf(group, tenant));
  }

  /** Runs {@code work} inside the engine as {@code staff}. */
  <T> T as(Caller staff, Supplier<T> work) {
    identity.setAuthentication(
        staff.userId(), List.copyOf(staff.groups()), List.copyOf(staff.tenantIds()));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private String memberOf(String group, String tenant) {
    return groupMembers.computeIfAbsent(
        group + "@" + tenant,
        key ->
            identity
                .createUserQuery()
                .memberOfGroup(group)
                .memberOfTenant(tenant)
                .orderByUserId()
                .asc()
                .listPage(0, 1)
                .stream()
                .map(User::getId)
                .findFirst()
                .orElse(null));
  }

  private Caller caller(String userId) {
    return callers.computeIfAbsent(
        userId,
        id -> {
          Set<String> groups =
              identity.createGroupQuery().groupMember(id).list().stream()
                  .map(Group::getId)
                  .collect(Collectors.toSet());
          Set<String> tenants =
              identity.createTenantQuery().userMember(id).list().stream()
                  .map(Tenant::getId)
                  .collect(Collectors.toSet());
          return new Caller(id, groups, tenants);
        });
  }
}
