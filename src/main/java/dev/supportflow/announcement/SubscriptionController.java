package dev.supportflow.announcement;

import dev.supportflow.announcement.AnnouncementViews.Received;
import dev.supportflow.announcement.AnnouncementViews.SubscriberView;
import dev.supportflow.announcement.AnnouncementViews.SubscriptionView;
import dev.supportflow.security.Caller;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * O-13: clients subscribe to announcements; staff list their tenant's subscribers and what each
 * received.
 */
@RestController
@RequestMapping(path = "/api/subscriptions", produces = MediaType.APPLICATION_JSON_VALUE)
class SubscriptionController {

  private final AnnouncementService announcements;

  SubscriptionController(AnnouncementService announcements) {
    this.announcements = announcements;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SubscriptionView> subscribe(
      @AuthenticationPrincipal Caller caller, @Valid @RequestBody SubscriptionRequest request) {
    AnnouncementService.Subscribed result = announcements.subscribe(caller, request.email().trim());
    SubscriptionView view = SubscriptionView.of(result.subscription());
    return result.created()
        ? ResponseEntity.created(URI.create("/api/subscriptions/me")).body(view)
        : ResponseEntity.ok(view);
  }

  @DeleteMapping("/me")
  ResponseEntity<Void> unsubscribe(@AuthenticationPrincipal Caller caller) {
    announcements.unsubscribe(caller);
    return ResponseEntity.noContent().build();
  }

  @GetMapping
  List<SubscriberView> subscribers(
      @AuthenticationPrincipal Caller caller, @RequestParam(required = false) String tenant) {
    Map<String, List<Received>> received =
        announcements.deliveriesIn(caller, tenant).stream()
            .collect(
                Collectors.groupingBy(
                    Delivery::userId,
                    Collectors.mapping(
                        d -> new Received(d.announcementId(), d.email(), d.deliveredAt()),
                        Collectors.toList())));
    return announcements.subscribers(caller, tenant).stream()
        .map(
            s ->
                new SubscriberView(
                    s.userId(),
                    s.email(),
                    s.createdAt(),
                    received.getOrDefault(s.userId(), List.of())))
        .toList();
  }
}
