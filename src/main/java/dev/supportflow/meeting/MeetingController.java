package dev.supportflow.meeting;

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
@RequestMapping(path = "/api/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
class MeetingController {

  private final MeetingService meetings;

  MeetingController(MeetingService meetings) {
    this.meetings = meetings;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<MeetingView> request(@AuthenticationPrincipal Caller caller,
      @Valid @RequestBody NewMeetingRequest request) {
    MeetingView meeting = meetings.request(caller, request);
    return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id())).body(meeting);
  }

  @GetMapping
  List<MeetingView> list(@AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) MeetingStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return meetings.list(caller, status, page, size);
  }

  @GetMapping("/{id}")
  MeetingView get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return meetings.get(caller, id);
  }

  @PostMapping("/{id}/insist")
  MeetingView insist(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return meetings.insist(caller, id);
  }

  @PostMapping(path = "/{id}/consent", consumes = MediaType.APPLICATION_JSON_VALUE)
  MeetingView consent(@AuthenticationPrincipal Caller caller, @PathVariable String id,
      @Valid @RequestBody ConsentAnswer answer) {
    return meetings.answer(caller, id, answer.accept());
  }
}
