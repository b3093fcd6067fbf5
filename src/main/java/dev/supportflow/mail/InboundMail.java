package dev.supportflow.mail;

import dev.supportflow.client.ClientContract;
import dev.supportflow.client.ClientContractRepository;
import dev.supportflow.mail.InboundRepository.InboundRecord;
import dev.supportflow.policy.SupportFlowProperties;
import dev.supportflow.security.Caller;
import dev.supportflow.ticket.Channel;
import dev.supportflow.ticket.Conversation;
import dev.supportflow.ticket.NewTicketRequest;
import dev.supportflow.ticket.TicketIntake;
import dev.supportflow.ticket.TicketReads;
import dev.supportflow.ticket.TicketType;
import dev.supportflow.ticket.TicketView;
import dev.supportflow.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What one e-mail to a tenant's support mailbox becomes, decided once per Message-ID (the record
 * and its consequence commit together, and the unique key lets one node win):
 *
 * <ul>
 *   <li>written by a machine (auto-reply, bounce) or by one of our own mailboxes: recorded as
 *       {@code IGNORED}, never answered, so two auto-responders cannot start a mail storm;
 *   <li>from a client of the tenant: a ticket with channel {@code EMAIL} through the same intake as
 *       the API ({@code TICKET}); the tenant's tables decide, and the client gets the
 *       ticket-received mail. A subject with {@code [<ticket id>]} of one of the client's tickets
 *       is a reply to it: a message of its conversation ({@code REPLY}), no new ticket (a closed
 *       ticket takes none: the mail opens a new one);
 *   <li>from anyone else: recorded ({@code UNKNOWN_SENDER}, C-1) and answered with the tenant's
 *       {@code unknown-sender} mail, at most once per sender in {@code unknown-sender-reply-hours};
 *   <li>unreadable: recorded as {@code REJECTED} with the reason; it stays in the mailbox.
 * </ul>
 *
 * Attachments are not imported: the description lists them, and the client is told on the ticket to
 * send files through the portal.
 */
@Component
class InboundMail {

  static final String ANSWERED = "answered";
  static final String UNKNOWN_SENDER_KIND = "unknown-sender";

  private static final Pattern TICKET_REFERENCE = Pattern.compile("\\[([A-Z]{2,10}-\\d{6,})]");

  private static final Logger log = LoggerFactory.getLogger(InboundMail.class);

  private final InboundRepository records;
  private final ClientAddresses addresses;
  private final ClientContractRepository contracts;
  private final TicketIntake intake;
  private final TicketReads tickets;
  private final Conversation conversation;
  private final MailTemplates templates;
  private final Outbox outbox;
  private final MailSettings settings;
  private final SupportFlowProperties properties;
  private final TransactionTemplate transaction;
  private final Clock clock;

  InboundMail(
      InboundRepository records,
      ClientAddresses addresses,
      ClientContractRepository contracts,
      TicketIntake intake,
      TicketReads tickets,
      Conversation conversation,
      MailTemplates templates,
      Outbox outbox,
      MailSettings settings,
      SupportFlowProperties properties,
      TransactionTemplate transaction,
      Clock clock) {
    this.records = records;
    this.addresses = addresses;
    this.contracts = contracts;
    this.intake = intake;
    this.tickets = tickets;
    this.conversation = conversation;
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
    this.properties = properties;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Whether this e-mail was already taken (by this node or another). */
  boolean known(String tenant, String messageId) {
    return records.known(tenant, messageId);
  }

  /** Takes one e-mail; false when another node took it first. */
  boolean take(String tenant, InboundMessage mail) {
    try {
      return Boolean.TRUE.equals(transaction.execute(status -> decide(tenant, mail)));
    } catch (DuplicateKeyException takenElsewhere) {
      return false;
    } catch (RuntimeException refused) {
      log.warn("E-mail {} to {} refused: {}", mail.messageId(), tenant, refused.toString());
      return rejected(tenant, mail.messageId(), mail.sender(), mail.subject(), refused.toString());
    }
  }

  /** Records an e-mail that could not be read; false when it was recorded before. */
  boolean rejected(String tenant, String messageId, String sender, String subject, String reason) {
    try {
      transaction.executeWithoutResult(
          status ->
              records.insert(
                  new InboundRecord(
                      tenant,
                      messageId,
                      sender,
                      subject,
                      clock.instant(),
                      "REJECTED",
                      null,
                      reason)));
      return true;
    } catch (DuplicateKeyException recordedBefore) {
      return false;
    }
  }

  private boolean decide(String tenant, InboundMessage mail) {
    Instant now = clock.instant();
    if (mail.automatic() != null) {
      record(tenant, mail, now, "IGNORED", null, "automatic: " + mail.automatic());
      return true;
    }
    if (ownAddress(mail.sender())) {
      record(tenant, mail, now, "IGNORED", null, "from a support mailbox");
      return true;
    }
    Optional<ClientContract> client =
        addresses.usersWith(mail.sender()).stream()
            .map(contracts::find)
            .flatMap(Optional::stream)
            .filter(c -> c.tenant().equals(tenant))
            .findFirst();
    if (client.isEmpty()) {
      record(tenant, mail, now, "UNKNOWN_SENDER", null, answerUnknown(tenant, mail, now));
      return true;
    }
    Caller caller = new Caller(client.get().clientId(), Set.of(Caller.CLIENTS), Set.of(tenant));
    Optional<String> repliedTo = ticketRepliedTo(caller, mail.subject());
    if (repliedTo.isPresent()) {
      // The client's message, as if written through the API: it resumes a ticket waiting for the
      // client and reopens a resolved one. A closed ticket takes none: the mail is a new contact.
      conversation.clientMessage(caller, repliedTo.get(), messageText(mail));
      record(tenant, mail, now, "REPLY", repliedTo.get(), "added to the ticket's conversation");
      return true;
    }
    // The record first: a second node fails here on the unique key before opening a ticket.
    record(tenant, mail, now, "TICKET", null, null);
    TicketView ticket = intake.open(caller, request(tenant, mail), null).ticket();
    records.ticketOpened(tenant, mail.messageId(), ticket.id(), ticket.status().name());
    return true;
  }

  /**
   * The ticket a subject's {@code [<ticket id>]} names, if it is one of this client's and still
   * takes messages.
   */
  private Optional<String> ticketRepliedTo(Caller caller, String subject) {
    Matcher matcher = TICKET_REFERENCE.matcher(subject);
    while (matcher.find()) {
      try {
        TicketView ticket = tickets.get(caller, matcher.group(1));
        if (!ticket.status().isClosed()) {
          return Optional.of(ticket.id());
        }
      } catch (ApiException notTheClientsTicket) {
        // another client's ticket, or none: the mail is a new contact
      }
    }
    return Optional.empty();
  }

  private static String messageText(InboundMessage mail) {
    return mail.text() == null || mail.text().isBlank() ? mail.subject() : mail.text();
  }

  private void record(
      String tenant, InboundMessage mail, Instant now, String outcome, String ticket, String note) {
    records.insert(
        new InboundRecord(
            tenant, mail.messageId(), mail.sender(), mail.subject(), now, outcome, ticket, note));
  }

  private String answerUnknown(String tenant, InboundMessage mail, Instant now) {
    if (mail.sender() == null) {
      return "no sender to answer";
    }
    Duration period = Duration.ofHours(settings.inbound().unknownSenderReplyHours());
    if (records.answeredUnknownSince(tenant, mail.sender(), now.minus(period))) {
      return "not answered: answered within " + period.toHours() + " h";
    }
    outbox.enqueue(
        new Outbox.OutgoingMail(
            tenant,
            UNKNOWN_SENDER_KIND,
            null,
            mail.sender(),
            templates.render(
                tenant,
                UNKNOWN_SENDER_KIND,
                Map.of(
                    "subject", mail.subject(),
                    "sender", mail.sender(),
                    "tenantName", properties.tenant(tenant).name()))));
    return ANSWERED;
  }

  private boolean ownAddress(String sender) {
    return sender != null
        && settings.mailboxes().values().stream()
            .anyMatch(m -> m.address() != null && m.address().equalsIgnoreCase(sender));
  }

  private static NewTicketRequest request(String tenant, InboundMessage mail) {
    String description = mail.text();
    if (!mail.attachments().isEmpty()) {
      String note =
          "\n\n[Anexos não importados (envie arquivos pelo portal): "
              + String.join(", ", mail.attachments())
              + "]";
      description =
          InboundMessage.cut(description, InboundMessage.MAX_TEXT - Math.min(note.length(), 2000))
              + InboundMessage.cut(note, 2000);
    }
    return new NewTicketRequest(
        tenant,
        null,
        null,
        Channel.EMAIL,
        TicketType.INCIDENT,
        null,
        null,
        null,
        null,
        null,
        mail.subject(),
        description.isBlank() ? null : description,
        null,
        null);
  }
}
