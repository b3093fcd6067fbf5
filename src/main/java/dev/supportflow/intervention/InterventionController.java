package dev.supportflow.intervention;

import dev.supportflow.billing.ConsentAnswer;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/interventions", produces = MediaType.APPLICATION_JSON_VALUE)
class InterventionController {

  private final InterventionService interventions;

  InterventionController(InterventionService interventions) {
    this.interventions = interventions;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<InterventionView> request(@AuthenticationPrincipal Caller caller,
      @Valid @RequestBody NewInterventionRequest request) {
    InterventionView created = interventions.request(caller, request);
    return ResponseEntity.created(URI.create("/api/interventions/" + created.id())).body(created);
  }

  @GetMapping
  List<InterventionView> list(@AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) InterventionStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return interventions.list(caller, status, page, size);
  }

  @GetMapping("/{id}")
  InterventionView get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return interventions.get(caller, id);
  }

  @PostMapping(path = "/{id}/consent", consumes = MediaType.APPLICATION_JSON_VALUE)
  InterventionView consent(@AuthenticationPrincipal Caller caller, @PathVariable String id,
      @Valid @RequestBody ConsentAnswer answer) {
    return interventions.answer(caller, id, answer.accept());
  }
}
