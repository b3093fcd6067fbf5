package dev.supportflow.ticket;

import dev.supportflow.billing.Quote;
import dev.supportflow.billing.QuoteRepository;
import dev.supportflow.calendar.BusinessCalendar;
import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.client.ClientContract;
import dev.supportflow.policy.FormLabels;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What staff see of a ticket in Tasklist, as two display variables written from the ticket row (the
 * truth) and the client's contract, instead of a copy of every fact:
 *
 * <ul>
 *   <li>{@code ticketSummary}: the facts in Portuguese markdown (subject, description, client,
 *       plan, channel, remote access, network folder, accepted quote, due times, the latest
 *       messages); every ticket form shows it in a Text component ({@code {{ticketSummary}}});
 *   <li>{@code ticketHeadline}: one line (id, subject, client, first-response due time), the column
 *       of the Tasklist filters.
 * </ul>
 *
 * They are brought up to date when a task is offered, and written only when they changed. Codes
 * (channel, type, topic, symptom, status, remote-access tool, service, product) show as their
 * labels ({@link FormLabels}). What the client wrote is escaped, so it shows as text and cannot
 * format the form.
 */
@Component
class TicketDisplay {

  static final String SUMMARY = "ticketSummary";
  static final String HEADLINE = "ticketHeadline";

  /** A String variable holds at most 4000 characters (Camunda's TEXT_ column). */
  static final int MAX_LENGTH = 4000;

  /** How much of the conversation a form shows: the latest messages, each cut to this length. */
  private static final int LATEST_MESSAGES = 5;

  private static final int MESSAGE_LENGTH = 280;

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM HH:mm");

  private final TicketFacts facts;
  private final QuoteRepository quotes;
  private final BusinessCalendars calendars;
  private final TicketIds ids;
  private final FormLabels labels;
  private final TicketMessages messages;

  TicketDisplay(
      TicketFacts facts,
      QuoteRepository quotes,
      BusinessCalendars calendars,
      TicketIds ids,
      FormLabels labels,
      TicketMessages messages) {
    this.facts = facts;
    this.quotes = quotes;
    this.calendars = calendars;
    this.ids = ids;
    this.labels = labels;
    this.messages = messages;
  }

  /**
   * Writes the display variables of the execution's ticket where they differ from what the process
   * holds.
   */
  void refresh(DelegateExecution execution) {
    if (IntakeDecisions.isVersion2(execution)) {
      return; // version 2's forms show its stored copies of the facts
    }
    Ticket ticket = facts.ticket(execution);
    String id = ids.format(ticket.tenant(), ticket.number());
    Quote quote =
        quotes
            .latest(ids.type().name(), id)
            .filter(q -> "ACCEPTED".equals(q.status()))
            .orElse(null);
    BusinessCalendar calendar = calendars.forTenant(ticket.tenant());
    update(
        execution,
        SUMMARY,
        summary(
            id,
            ticket,
            facts.contract(ticket),
            quote,
            calendar,
            messages.of(ticket.number(), true)));
    update(execution, HEADLINE, headline(id, ticket, calendar));
  }

  String summary(
      String id,
      Ticket t,
      ClientContract plan,
      Quote quote,
      BusinessCalendar calendar,
      List<TicketMessage> conversation) {
    List<String> facts = new ArrayList<>();
    facts.add(
        "**Chamado:** "
            + id
            + " · **Situação:** "
            + text(labels.of("status", t.status()))
            + " · **Cliente:** "
            + text(t.clientId())
            + (plan.displayName() == null ? "" : " (" + text(plan.displayName()) + ")"));
    facts.add("**Plano do cliente:** " + text(plan.summary()));
    facts.add(
        join(
            field("Canal", labels.of("channel", t.channel())),
            field("Tipo", labels.of("type", t.type())),
            field("Tópico", labels.of("topic", t.topic())),
            field("Sintoma", labels.of("symptom", t.symptom()))));
    String catalog =
        join(
            field("Serviço (catálogo)", labels.of("service", t.service())),
            field("Produto", labels.of("product", t.product())));
    if (!catalog.isEmpty()) {
      facts.add(catalog);
    }
    if (t.remoteAccessTool() != null || t.remoteAccessId() != null) {
      facts.add(
          join(
              field(
                  "Acesso remoto (ferramenta)",
                  labels.of("remoteAccessTool", t.remoteAccessTool())),
              t.remoteAccessId() == null
                  ? null
                  : "**Acesso remoto (ID):** " + code(t.remoteAccessId())));
    }
    if (t.networkFolder() != null) {
      facts.add("**Diretório de rede (backup):** " + code(t.networkFolder()));
    }
    if (quote != null) {
      facts.add(
          "**Orçamento aceito pelo cliente:** %s %s (%s h × %s)"
              .formatted(quote.amount(), quote.currency(), quote.hours(), quote.hourlyRate()));
    }
    if (t.slaApplies() != null) {
      facts.add(
          "**Primeira resposta até:** "
              + due(calendar, t.firstResponseDueAt())
              + " · **Solução até:** "
              + due(calendar, t.resolutionDueAt()));
    }
    if (t.sla().paused()) {
      facts.add(
          "**SLA pausado desde:** "
              + due(calendar, t.sla().pausedSince())
              + " · aguardando resposta do cliente");
    }
    String head = String.join("\n", facts) + "\n\n**Assunto:** " + text(t.subject());
    String talk = conversation(conversation, calendar);
    if (t.description() == null || t.description().isBlank()) {
      return head + talk;
    }
    String description = text(t.description());
    int room = MAX_LENGTH - head.length() - talk.length() - "\n\n**Descrição:**\n".length();
    if (description.length() > room) {
      String more = "… (continua no chamado)";
      description = description.substring(0, Math.max(0, room - more.length())).stripTrailing();
      description =
          description.endsWith("\\")
              ? description.substring(0, description.length() - 1)
              : description;
      description = description + more;
    }
    return head + "\n\n**Descrição:**\n" + description + talk;
  }

  /**
   * The latest messages, oldest first, each cut to a few lines: enough for whoever takes the task
   * to see where the conversation stands (the whole of it is on the ticket).
   */
  private static String conversation(List<TicketMessage> all, BusinessCalendar calendar) {
    if (all.isEmpty()) {
      return "";
    }
    List<TicketMessage> latest = all.subList(Math.max(0, all.size() - LATEST_MESSAGES), all.size());
    StringBuilder out = new StringBuilder("\n\n**Conversa");
    out.append(all.size() > latest.size() ? " (últimas mensagens):**" : ":**");
    for (TicketMessage m : latest) {
      String who =
          m.authorRole() == TicketMessage.Role.CLIENT
              ? "Cliente"
              : m.visibility() == TicketMessage.Visibility.INTERNAL ? "Nota interna" : "Equipe";
      String said =
          m.text().length() <= MESSAGE_LENGTH
              ? m.text()
              : m.text().substring(0, MESSAGE_LENGTH).stripTrailing() + "…";
      out.append("\n\n")
          .append(SHORT.format(m.at().atZone(calendar.zone())))
          .append(" · **")
          .append(who)
          .append("** (")
          .append(text(m.authorId()))
          .append("): ")
          .append(text(said.replaceAll("\\R+", " ")));
    }
    return out.toString();
  }

  static String headline(String id, Ticket t, BusinessCalendar calendar) {
    String line =
        id
            + (t.sla().paused() ? " · ⏸ aguardando cliente" : "")
            + " · "
            + t.subject()
            + " · "
            + t.clientId();
    if (t.firstResponseDueAt() != null) {
      line += " · 1ª resposta até " + SHORT.format(t.firstResponseDueAt().atZone(calendar.zone()));
    }
    return line.length() <= 500 ? line : line.substring(0, 499) + "…";
  }

  private static void update(DelegateExecution execution, String name, String value) {
    if (!Objects.equals(value, execution.getVariable(name))) {
      execution.setVariable(name, value);
    }
  }

  private static String due(BusinessCalendar calendar, Instant instant) {
    return instant == null
        ? "sem prazo"
        : DAY_TIME.format(instant.atZone(calendar.zone())) + " (" + calendar.zone() + ")";
  }

  private static String field(String label, String value) {
    return value == null ? null : "**" + label + ":** " + text(value);
  }

  private static String join(String... fields) {
    List<String> present = new ArrayList<>();
    for (String f : fields) {
      if (f != null) {
        present.add(f);
      }
    }
    return String.join(" · ", present);
  }

  /**
   * Text shown as written: markdown's inline marks escaped, and no line read as a heading, list or
   * quote.
   */
  static String text(String value) {
    List<String> lines = new ArrayList<>();
    for (String line : value.split("\\R", -1)) {
      String escaped = line.replaceAll("([\\\\`*_\\[\\]<>~|])", "\\\\$1");
      escaped = escaped.replaceFirst("^(\\s*)([#+=-])", "$1\\\\$2");
      escaped = escaped.replaceFirst("^(\\s*\\d+)([.)])", "$1\\\\$2");
      lines.add(escaped);
    }
    return String.join("\n", lines);
  }

  /** An identifier or path shown verbatim (a code span takes backslashes as they are). */
  static String code(String value) {
    String oneLine = value.replaceAll("\\R", " ");
    return oneLine.contains("`") ? "`` " + oneLine + " ``" : "`" + oneLine + "`";
  }
}
