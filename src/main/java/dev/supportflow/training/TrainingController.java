package dev.supportflow.training;

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
@RequestMapping(path = "/api/trainings", produces = MediaType.APPLICATION_JSON_VALUE)
class TrainingController {

  private final TrainingService trainings;

  TrainingController(TrainingService trainings) {
    this.trainings = trainings;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TrainingView> request(@AuthenticationPrincipal Caller caller,
      @Valid @RequestBody NewTrainingRequest request) {
    TrainingView training = trainings.request(caller, request);
    return ResponseEntity.created(URI.create("/api/trainings/" + training.id())).body(training);
  }

  @GetMapping
  List<TrainingView> list(@AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) TrainingStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return trainings.list(caller, status, page, size);
  }

  @GetMapping("/{id}")
  TrainingView get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return trainings.get(caller, id);
  }

  @PostMapping(path = "/{id}/consent", consumes = MediaType.APPLICATION_JSON_VALUE)
  TrainingView consent(@AuthenticationPrincipal Caller caller, @PathVariable String id,
      @Valid @RequestBody ConsentAnswer answer) {
    return trainings.answer(caller, id, answer.accept());
  }
}
