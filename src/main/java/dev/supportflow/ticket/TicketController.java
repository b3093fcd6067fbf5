package dev.supportflow.ticket;

import dev.supportflow.billing.ConsentAnswer;
import dev.supportflow.policy.DecisionTrail;
import dev.supportflow.security.Caller;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
class TicketController {

  private final TicketService tickets;

  TicketController(TicketService tickets) {
    this.tickets = tickets;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TicketView> open(@AuthenticationPrincipal Caller caller,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody NewTicketRequest request) {
    TicketService.Opened opened = tickets.open(caller, request, idempotencyKey);
    if (!opened.created()) {
      return ResponseEntity.ok(opened.ticket());
    }
    return ResponseEntity.created(URI.create("/api/tickets/" + opened.ticket().id())).body(opened.ticket());
  }

  @GetMapping("/{id}")
  TicketView get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return tickets.get(caller, id);
  }

  @GetMapping("/{id}/decisions")
  List<DecisionTrail.Decision> decisions(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return tickets.decisions(caller, id);
  }

  @PostMapping(path = "/{id}/consent", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketView answerQuote(@AuthenticationPrincipal Caller caller, @PathVariable String id,
      @Valid @RequestBody ConsentAnswer answer) {
    return tickets.answerQuote(caller, id, answer.accept());
  }

  record DeveloperContactRequest(String reason) {}

  @PostMapping(path = "/{id}/developer-contact", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TicketView> requestDeveloperContact(@AuthenticationPrincipal Caller caller, @PathVariable String id,
      @RequestBody DeveloperContactRequest request) {
    return ResponseEntity.accepted().body(tickets.requestDeveloperContact(caller, id, request.reason()));
  }

  @GetMapping
  List<TicketView> list(@AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) TicketStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return tickets.list(caller, status, page, size);
  }
}
