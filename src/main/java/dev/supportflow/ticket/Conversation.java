package dev.supportflow.ticket;

import static dev.supportflow.ticket.TicketMessage.Visibility.PUBLIC;

import dev.supportflow.clientrecord.TaskActor;
import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A ticket's conversation (API.md, "Conversation"): the client's messages and the staff's replies,
 * each in one transaction with what it sets going in the process. The first public staff reply is
 * the first response (it completes the first-response task); a public reply may ask the client
 * something ({@code waitForClient}), which pauses the SLA clock; the client's message resumes it,
 * or reopens a ticket resolved within its reopen window. The message rows are the conversation; the
 * process keeps none of it.
 */
@Service
public class Conversation {

  static final List<String> FIRST_RESPONSE_TASKS =
      List.of("Task_FirstResponse", "Task_FirstResponseWithoutTarget");

  private final TicketReads reads;
  private final TicketMessages messages;
  private final TicketIntakeProcess process;
  private final TaskService taskService;
  private final TransactionTemplate transaction;
  private final TicketEvents events;
  private final Clock clock;

  Conversation(
      TicketReads reads,
      TicketMessages messages,
      TicketIntakeProcess process,
      TaskService taskService,
      TransactionTemplate transaction,
      TicketEvents events,
      Clock clock) {
    this.reads = reads;
    this.messages = messages;
    this.process = process;
    this.taskService = taskService;
    this.transaction = transaction;
    this.events = events;
    this.clock = clock;
  }

  public record Reply(String text, TicketMessage.Visibility visibility, Boolean waitForClient) {}

  /** The ticket's client, or its tenant's gateway relaying the client, writes. */
  public TicketMessage clientMessage(Caller caller, String id, String text) {
    if (!caller.isClient() && !caller.isGateway()) {
      throw ApiException.forbidden("Clients and their gateways write messages; staff reply.");
    }
    String checked = text(text);
    return transaction.execute(
        status -> {
          Ticket ticket = openTicket(caller, id);
          TicketMessage message =
              add(ticket, ticket.clientId(), TicketMessage.Role.CLIENT, PUBLIC, checked);
          // The model decides what a client message does where its instance waits (a question
          // answered, a resolved ticket reopened); elsewhere nothing waits for it.
          process.clientWrote(id);
          return message;
        });
  }

  /** Staff of the ticket's tenant reply, publicly or as an internal note. */
  public TicketMessage staffReply(Caller caller, String id, Reply reply) {
    if (!caller.isStaff()) {
      throw ApiException.forbidden("Only staff reply; clients and gateways write messages.");
    }
    String checked = text(reply.text());
    if (reply.visibility() == null) {
      throw ApiException.badRequest("visibility", "must be PUBLIC or INTERNAL");
    }
    boolean waitForClient = Boolean.TRUE.equals(reply.waitForClient());
    if (waitForClient && reply.visibility() != TicketMessage.Visibility.PUBLIC) {
      throw ApiException.badRequest("waitForClient", "only a PUBLIC reply asks the client");
    }
    return transaction.execute(
        status -> {
          Ticket ticket = openTicket(caller, id);
          TicketMessage message =
              add(ticket, caller.userId(), TicketMessage.Role.STAFF, reply.visibility(), checked);
          if (reply.visibility() == TicketMessage.Visibility.PUBLIC) {
            completeFirstResponse(id, caller, checked);
          }
          if (waitForClient
              && ticket.status() != TicketStatus.WAITING_FOR_CLIENT
              && !process.askClient(id, caller.userId())) {
            throw ApiException.conflict(
                "Ticket " + id + " is " + ticket.status() + "; it cannot wait for the client now.");
          }
          if (reply.visibility() == TicketMessage.Visibility.PUBLIC) {
            events.publish(new StaffReplied(events.headline(ticket), checked, waitForClient));
          }
          return message;
        });
  }

  /** The caller's ticket, which must not be closed for a message. */
  private Ticket openTicket(Caller caller, String id) {
    Ticket ticket = reads.ticket(caller, id);
    if (ticket.status().isClosed()) {
      throw ApiException.conflict("Ticket " + id + " is " + ticket.status() + ".");
    }
    return ticket;
  }

  private TicketMessage add(
      Ticket ticket,
      String author,
      TicketMessage.Role role,
      TicketMessage.Visibility visibility,
      String text) {
    return messages.add(ticket.number(), author, role, visibility, text, clock.instant());
  }

  /** The first public reply completes the first-response task, if it still waits. */
  private void completeFirstResponse(String id, Caller caller, String text) {
    Task task =
        taskService.createTaskQuery().processInstanceBusinessKey(id).list().stream()
            .filter(t -> FIRST_RESPONSE_TASKS.contains(t.getTaskDefinitionKey()))
            .findFirst()
            .orElse(null);
    if (task == null) {
      return;
    }
    taskService.complete(
        task.getId(),
        Variables.createVariables()
            .putValueTyped("response", Variables.stringValue(text, true))
            .putValueTyped(RecordFirstResponse.REPLY_RECORDED, Variables.booleanValue(true, true))
            .putValueTyped(TaskActor.COMPLETED_BY, Variables.stringValue(caller.userId(), true)));
  }

  private static String text(String text) {
    if (text == null || text.isBlank()) {
      throw ApiException.badRequest("text", "must not be blank");
    }
    if (text.length() > TicketMessage.MAX_TEXT) {
      throw ApiException.badRequest(
          "text", "must be at most " + TicketMessage.MAX_TEXT + " characters");
    }
    return text;
  }
}
