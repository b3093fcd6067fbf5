package dev.supportflow.announcement;

import dev.supportflow.announcement.AnnouncementViews.AnnouncementView;
import dev.supportflow.announcement.AnnouncementViews.DeliveryView;
import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
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

/**
 * O-13: staff publish announcements to their tenant's subscribers; the tenant's users read them.
 */
@RestController
@RequestMapping(path = "/api/announcements", produces = MediaType.APPLICATION_JSON_VALUE)
class AnnouncementController {

  private final AnnouncementService announcements;

  AnnouncementController(AnnouncementService announcements) {
    this.announcements = announcements;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<AnnouncementView> publish(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String tenant,
      @Valid @RequestBody AnnouncementRequest request) {
    AnnouncementService.Published published =
        announcements.publish(caller, tenant, request.title().strip(), request.body().strip());
    return ResponseEntity.created(URI.create("/api/announcements/" + published.announcement().id()))
        .body(AnnouncementView.of(published.announcement(), published.deliveries().size()));
  }

  @GetMapping
  List<AnnouncementView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String tenant,
      @RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > 200) {
      throw ApiException.badRequest("limit", "between 1 and 200");
    }
    return announcements.announcements(caller, tenant, limit).stream()
        .map(a -> AnnouncementView.of(a, null))
        .toList();
  }

  @GetMapping("/{id}")
  AnnouncementView get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
    return AnnouncementView.of(announcements.announcement(caller, id), null);
  }

  @GetMapping("/{id}/deliveries")
  List<DeliveryView> deliveries(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
    return announcements.deliveries(caller, id).stream().map(DeliveryView::of).toList();
  }
}
