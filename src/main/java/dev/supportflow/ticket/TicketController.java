package dev.supportflow.ticket;

import dev.supportflow.clientrecord.ClientRecordController;
import dev.supportflow.policy.DecisionTrail;
import dev.supportflow.security.Caller;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
class TicketController extends ClientRecordController<TicketStatus, TicketView> {

  private final TicketIntake intake;
  private final TicketReads tickets;
  private final DeveloperContactRequests developerContact;
  private final Conversation conversation;
  private final ChangedFacts changedFacts;

  TicketController(
      TicketIntake intake,
      TicketReads tickets,
      DeveloperContactRequests developerContact,
      Conversation conversation,
      ChangedFacts changedFacts) {
    super(tickets);
    this.intake = intake;
    this.tickets = tickets;
    this.developerContact = developerContact;
    this.conversation = conversation;
    this.changedFacts = changedFacts;
  }

  @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketView changeFacts(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @Valid @RequestBody TicketFactsChange request) {
    return changedFacts.change(caller, id, request);
  }

  record MessageRequest(String text) {}

  @PostMapping(path = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TicketMessage> message(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody MessageRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(conversation.clientMessage(caller, id, request.text()));
  }

  @PostMapping(path = "/{id}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TicketMessage> reply(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody Conversation.Reply request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(conversation.staffReply(caller, id, request));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TicketView> open(
      @AuthenticationPrincipal Caller caller,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody NewTicketRequest request) {
    TicketIntake.Opened opened = intake.open(caller, request, idempotencyKey);
    if (!opened.created()) {
      return ResponseEntity.ok(opened.ticket());
    }
    return ResponseEntity.created(URI.create("/api/tickets/" + opened.ticket().id()))
        .body(opened.ticket());
  }

  @GetMapping("/{id}/decisions")
  List<DecisionTrail.Decision> decisions(
      @AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return tickets.decisions(caller, id);
  }

  record DeveloperContactRequest(String reason) {}

  @PostMapping(path = "/{id}/developer-contact", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TicketView> requestDeveloperContact(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody DeveloperContactRequest request) {
    return ResponseEntity.accepted().body(developerContact.request(caller, id, request.reason()));
  }
}
