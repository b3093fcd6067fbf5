package dev.supportflow.meeting;

import dev.supportflow.clientrecord.RequestedRecordController;
import dev.supportflow.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
class MeetingController
    extends RequestedRecordController<NewMeetingRequest, MeetingStatus, MeetingView> {

  private final MeetingService meetings;

  MeetingController(MeetingService meetings) {
    super(meetings, meetings::request, MeetingView::id);
    this.meetings = meetings;
  }

  @PostMapping("/{id}/insist")
  MeetingView insist(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return meetings.insist(caller, id);
  }
}
