package dev.supportflow.demo;

import dev.supportflow.calendar.BusinessCalendar;
import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.security.Caller;
import dev.supportflow.ticket.Conversation;
import dev.supportflow.ticket.TicketIntake;
import dev.supportflow.ticket.TicketMessage;
import dev.supportflow.ticket.TicketReads;
import dev.supportflow.ticket.TicketView;
import dev.supportflow.web.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One play of demo traffic over a range: the clients write through the intake the API uses, the
 * staff take their tasks (reply through the conversation or Tasklist's form, ask the client,
 * resolve, handle escalations), the clients answer or come back, and between two of these the
 * engine's clock moves on and the models' timers fire. The people only act; what happens is the
 * processes' and tables' decision.
 */
final class TrafficRun {

  private static final Logger log = LoggerFactory.getLogger(TrafficRun.class);

  private static final String[] FIRST_RESPONSE = {
    "Task_FirstResponse", "Task_FirstResponseWithoutTarget"
  };
  private static final String[] WORK = {
    "Task_SetUpBackup", "Task_Resolve", "Task_ResolveWithoutTarget"
  };
  private static final String[] ESCALATIONS = {
    "Task_EscalateFirstResponse", "Task_EscalateResolution"
  };
  private static final String BACKUP = "Task_SetUpBackup";
  private static final String QUOTE = "Task_PrepareQuote";

  /** How often staff look for a ticket's first-response task while it waits (queued, quoted). */
  private static final int LOOKS = 6;

  private static final String RECEIVED = "Olá! Recebemos seu chamado e já estamos verificando.";
  private static final String QUESTION =
      "Pode nos enviar um print da tela e o horário em que ocorreu?";
  private static final String ANSWER = "Segue o print; aconteceu por volta das 10h.";
  private static final String RESOLUTION = "Ajuste aplicado e testado com o cliente; resolvido.";
  private static final String BACKUP_NOTE =
      "Rotina de backup configurada na pasta de rede informada.";
  private static final String CAME_BACK = "Voltou a acontecer hoje cedo.";
  private static final String ESCALATION_NOTE = "Analista cobrado; cliente informado do atraso.";

  /** A ticket the run opened, and how the people around it behave. */
  record Played(String id, String tenant, String clientId, Conduct conduct) {}

  private final TicketIntake intake;
  private final TicketReads reads;
  private final Conversation conversation;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final BusinessCalendars calendars;
  private final DeskStaff desk;
  private final EngineTime time;
  private final DueTimers timers;
  private final Agenda agenda;
  private final Instant from;
  private final Instant to;
  private final Map<String, Played> played = new LinkedHashMap<>();
  private final Set<String> playedIds;
  private final Set<String> responding = new HashSet<>();
  private final Set<String> quoting = new HashSet<>();
  private int questions;
  private int failures;

  TrafficRun(
      TicketIntake intake,
      TicketReads reads,
      Conversation conversation,
      TaskService tasks,
      RuntimeService runtime,
      BusinessCalendars calendars,
      DeskStaff desk,
      EngineTime time,
      DueTimers timers,
      Set<String> playedIds,
      Instant from,
      Instant to) {
    this.intake = intake;
    this.reads = reads;
    this.conversation = conversation;
    this.tasks = tasks;
    this.runtime = runtime;
    this.calendars = calendars;
    this.desk = desk;
    this.time = time;
    this.timers = timers;
    this.playedIds = playedIds;
    this.from = from;
    this.to = to;
    this.agenda = new Agenda(to);
  }

  /** Plays the range; afterwards the clock stands at its end. */
  void play(long seed) {
    time.set(from);
    Arrivals.between(from, to, calendars, seed)
        .forEach(arrival -> agenda.at(arrival.at(), () -> open(arrival)));
    for (String tenant : DemoContacts.tenants()) {
      supervisorRounds(tenant);
    }
    for (Agenda.Step step = agenda.next(); step != null; step = agenda.next()) {
      timers.fireUntil(step.at());
      try {
        step.action().run();
      } catch (RuntimeException e) {
        failures++;
        log.warn("Demo traffic: a step at {} failed: {}", step.at(), e.toString());
      }
    }
    timers.fireUntil(to);
  }

  List<Played> played() {
    return List.copyOf(played.values());
  }

  int questions() {
    return questions;
  }

  int failures() {
    return failures;
  }

  private void open(Arrivals.Arrival arrival) {
    DemoContacts.Contact contact = arrival.contact();
    Caller caller =
        contact.viaGateway()
            ? new Caller(
                contact.tenant() + "-gateway", Set.of(Caller.GATEWAYS), Set.of(contact.tenant()))
            : client(contact.clientId(), contact.tenant());
    TicketView ticket = intake.open(caller, contact.request(), null).ticket();
    Played ticketPlay =
        new Played(ticket.id(), contact.tenant(), contact.clientId(), arrival.conduct());
    played.put(ticket.id(), ticketPlay);
    playedIds.add(ticket.id());
    lookForFirstResponse(ticketPlay, 0);
  }

  /** Staff see the first-response task and plan their answer: in time, or late. */
  private void lookForFirstResponse(Played ticket, int looks) {
    Task task = task(ticket, FIRST_RESPONSE);
    if (task == null) {
      planQuote(ticket);
      if (looks < LOOKS && running(ticket)) {
        agenda.at(
            staffTime(ticket).later(time.now()), () -> lookForFirstResponse(ticket, looks + 1));
      }
      return;
    }
    if (!responding.add(ticket.id())) {
      return;
    }
    Conduct conduct = ticket.conduct();
    agenda.at(
        answerTime(ticket, task, conduct.lateFirstResponse(), conduct.lateness()),
        () -> firstResponse(ticket));
  }

  /**
   * Work the tenant bills out of hours waits for the account manager's quote: some quote it that
   * night (the form comes pre-filled from the billing table), else the desk opens first.
   */
  private void planQuote(Played ticket) {
    if (ticket.conduct().quotedAtNight()
        && task(ticket, QUOTE) != null
        && quoting.add(ticket.id())) {
      agenda.at(time.now().plus(ticket.conduct().lateness()), () -> quote(ticket));
    }
  }

  private void quote(Played ticket) {
    Task task = task(ticket, QUOTE);
    if (task == null) {
      return;
    }
    Map<String, Object> quoted =
        Map.of(
            "quoteHours", tasks.getVariable(task.getId(), "quoteHours"),
            "quoteHourlyRate", tasks.getVariable(task.getId(), "quoteHourlyRate"));
    work(ticket, task, quoted);
    agenda.at(time.now().plus(ticket.conduct().lateness().dividedBy(2)), () -> answerQuote(ticket));
  }

  private void answerQuote(Played ticket) {
    try {
      reads.answer(
          client(ticket.clientId(), ticket.tenant()), ticket.id(), ticket.conduct().acceptsQuote());
    } catch (ApiException noQuoteWaits) {
      return; // the desk opened first and the model withdrew the quote
    }
    lookForFirstResponse(ticket, LOOKS);
  }

  private void firstResponse(Played ticket) {
    Task task = task(ticket, FIRST_RESPONSE);
    if (task == null) {
      return;
    }
    Conduct conduct = ticket.conduct();
    Caller staff = desk.takes(task, ticket.tenant());
    boolean asks = conduct.question() == Conduct.Question.WITH_FIRST_RESPONSE;
    if (conduct.respondsInTasklist() || !staff.isStaff()) {
      desk.as(staff, () -> complete(task, Map.of("response", RECEIVED)));
      asks = false;
    } else {
      conversation.staffReply(
          staff,
          ticket.id(),
          new Conversation.Reply(RECEIVED, TicketMessage.Visibility.PUBLIC, asks));
    }
    if (asks) {
      asked(ticket);
    } else if (conduct.question() != Conduct.Question.NONE) {
      agenda.at(
          staffTime(ticket).afterWork(time.now(), conduct.work().dividedBy(3)),
          () -> askClient(ticket));
    } else {
      planResolution(ticket);
    }
  }

  private void askClient(Played ticket) {
    Task task = task(ticket, WORK);
    if (task == null) {
      return;
    }
    Caller staff = desk.takes(task, ticket.tenant());
    if (!staff.isStaff()) {
      planResolution(ticket);
      return;
    }
    conversation.staffReply(
        staff,
        ticket.id(),
        new Conversation.Reply(QUESTION, TicketMessage.Visibility.PUBLIC, true));
    asked(ticket);
  }

  /** The clock pauses (the model's doing); the client answers later, or never. */
  private void asked(Played ticket) {
    questions++;
    Conduct conduct = ticket.conduct();
    if (conduct.clientAnswers()) {
      agenda.at(
          staffTime(ticket).afterWork(time.now(), conduct.answerDelay()),
          () -> clientWrites(ticket, ANSWER));
    }
  }

  private void clientWrites(Played ticket, String text) {
    try {
      conversation.clientMessage(client(ticket.clientId(), ticket.tenant()), ticket.id(), text);
    } catch (ApiException closed) {
      return; // the model closed the ticket first (unanswered, or the reopen window ended)
    }
    planResolution(ticket);
  }

  private void planResolution(Played ticket) {
    Task task = task(ticket, WORK);
    if (task == null) {
      return;
    }
    Conduct conduct = ticket.conduct();
    Instant at =
        task.getDueDate() == null
            ? staffTime(ticket).afterWork(time.now(), conduct.work())
            : answerTime(ticket, task, conduct.lateResolution(), conduct.lateness());
    agenda.at(at, () -> resolve(ticket));
  }

  private void resolve(Played ticket) {
    // An in-house backup is set up first (O-10), then the ticket is resolved.
    Task task = task(ticket, WORK);
    if (task != null && BACKUP.equals(task.getTaskDefinitionKey())) {
      work(ticket, task, Map.of("backupNote", BACKUP_NOTE));
      task = task(ticket, WORK);
    }
    if (task != null) {
      work(ticket, task, Map.of("resolution", RESOLUTION));
    }
    Conduct conduct = ticket.conduct();
    if (conduct.clientReopens()) {
      agenda.at(
          staffTime(ticket).openingAfter(time.now(), conduct.reopenAfter()),
          () -> clientWrites(ticket, CAME_BACK));
    }
  }

  private void work(Played ticket, Task task, Map<String, Object> fields) {
    desk.as(desk.takes(task, ticket.tenant()), () -> complete(task, fields));
  }

  /** Every open day the supervisors handle the escalations of the played tickets. */
  private void supervisorRounds(String tenant) {
    BusinessCalendar calendar = calendars.forTenant(tenant);
    for (LocalDate day = from.atZone(calendar.zone()).toLocalDate();
        day.atStartOfDay(calendar.zone()).toInstant().isBefore(to);
        day = day.plusDays(1)) {
      Instant round = day.atTime(17, 30).atZone(calendar.zone()).toInstant();
      if (calendar.isOpen(round) && !round.isBefore(from)) {
        agenda.at(round, () -> handleEscalations(tenant));
      }
    }
  }

  private void handleEscalations(String tenant) {
    List<Task> escalations =
        tasks.createTaskQuery().tenantIdIn(tenant).taskDefinitionKeyIn(ESCALATIONS).list();
    for (Task task : escalations) {
      String ticketId =
          runtime
              .createProcessInstanceQuery()
              .processInstanceId(task.getProcessInstanceId())
              .singleResult()
              .getBusinessKey();
      if (played.containsKey(ticketId)) {
        desk.as(
            desk.takes(task, tenant),
            () -> complete(task, Map.of("escalationNote", ESCALATION_NOTE)));
      }
    }
  }

  /**
   * When staff answer a task with a due time: a share of the way there, or some time after it. A
   * task without one is answered after some work.
   */
  private Instant answerTime(Played ticket, Task task, boolean late, Duration lateness) {
    StaffTime staffTime = staffTime(ticket);
    if (task.getDueDate() == null) {
      return staffTime.afterWork(time.now(), ticket.conduct().work().dividedBy(4));
    }
    Instant due = task.getDueDate().toInstant();
    return late
        ? staffTime.after(due, lateness)
        : staffTime.within(time.now(), due, ticket.conduct().share());
  }

  private Task task(Played ticket, String... keys) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(ticket.id())
        .taskDefinitionKeyIn(keys)
        .list()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private boolean running(Played ticket) {
    return runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(ticket.id())
            .processDefinitionKey("ticket-intake")
            .count()
        > 0;
  }

  private Void complete(Task task, Map<String, Object> variables) {
    tasks.complete(task.getId(), variables);
    return null;
  }

  private StaffTime staffTime(Played ticket) {
    return new StaffTime(calendars.forTenant(ticket.tenant()));
  }

  private static Caller client(String clientId, String tenant) {
    return new Caller(clientId, Set.of(Caller.CLIENTS), Set.of(tenant));
  }
}
