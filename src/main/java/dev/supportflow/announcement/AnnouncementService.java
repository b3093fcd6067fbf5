package dev.supportflow.announcement;

import dev.supportflow.mail.Outbox;
import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * O-13: client users subscribe to their tenant's announcements; staff of the tenant publish, and
 * every current subscriber gets a delivery row and an e-mail in the outbox, in one transaction; the
 * outbox job sends them after the commit.
 */
@Service
public class AnnouncementService {

  private final AnnouncementRepository repository;
  private final AnnouncementMail mail;
  private final Outbox outbox;
  private final TransactionTemplate transaction;
  private final Clock clock;

  AnnouncementService(
      AnnouncementRepository repository,
      AnnouncementMail mail,
      Outbox outbox,
      TransactionTemplate transaction,
      Clock clock) {
    this.repository = repository;
    this.mail = mail;
    this.outbox = outbox;
    this.transaction = transaction;
    this.clock = clock;
  }

  public record Subscribed(Subscription subscription, boolean created) {}

  public record Published(Announcement announcement, List<Delivery> deliveries) {}

  /** Subscribes the calling client, or changes the e-mail of its existing subscription. */
  public Subscribed subscribe(Caller caller, String email) {
    String tenant = clientTenant(caller);
    return transaction.execute(
        status -> {
          Instant now = clock.instant();
          boolean created = repository.subscription(tenant, caller.userId()).isEmpty();
          if (created) {
            repository.insertSubscription(tenant, caller.userId(), email, now);
          } else {
            repository.updateSubscription(tenant, caller.userId(), email, now);
          }
          return new Subscribed(
              repository.subscription(tenant, caller.userId()).orElseThrow(), created);
        });
  }

  public void unsubscribe(Caller caller) {
    String tenant = clientTenant(caller);
    if (!repository.deleteSubscription(tenant, caller.userId())) {
      throw ApiException.notFound("You are not subscribed to announcements.");
    }
  }

  /**
   * Publishes to every current subscriber of the tenant; the caller must be staff of that tenant.
   */
  public Published publish(Caller caller, String requestedTenant, String title, String body) {
    String tenant = staffTenant(caller, requestedTenant);
    Published published =
        transaction.execute(
            status -> {
              Instant now = clock.instant();
              long id = repository.insertAnnouncement(tenant, title, body, caller.userId(), now);
              Announcement announcement = repository.announcement(id).orElseThrow();
              List<Delivery> deliveries = new ArrayList<>();
              for (Subscription s : repository.subscriptions(tenant)) {
                long mailId = mail.enqueue(announcement, s.email());
                Delivery delivery =
                    new Delivery(id, tenant, s.userId(), s.email(), Delivery.EMAIL, now, mailId);
                repository.insertDelivery(delivery);
                deliveries.add(delivery);
              }
              return new Published(announcement, deliveries);
            });
    return published;
  }

  /** The tenant's announcements, newest first, for its clients and staff. */
  public List<Announcement> announcements(Caller caller, String requestedTenant, int limit) {
    return repository.announcements(caller.tenantFor(requestedTenant), limit);
  }

  public Announcement announcement(Caller caller, long id) {
    return visible(caller, repository.announcement(id), id);
  }

  /** Who received the announcement, with what became of each e-mail; staff of its tenant only. */
  public List<DeliveryStatus> deliveries(Caller caller, long id) {
    Announcement announcement = visible(caller, repository.announcement(id), id);
    requireStaff(caller);
    List<Delivery> deliveries = repository.deliveriesOf(announcement.id());
    Map<Long, Outbox.MailState> states =
        outbox.states(deliveries.stream().map(Delivery::mailId).filter(Objects::nonNull).toList());
    return deliveries.stream()
        .map(d -> new DeliveryStatus(d, d.mailId() == null ? null : states.get(d.mailId())))
        .toList();
  }

  /** A delivery and its e-mail (none for deliveries made before e-mail was sent). */
  public record DeliveryStatus(Delivery delivery, Outbox.MailState mail) {}

  public List<Subscription> subscribers(Caller caller, String requestedTenant) {
    return repository.subscriptions(staffTenant(caller, requestedTenant));
  }

  /** Every delivery of the tenant, for the subscriber list; staff only. */
  public List<Delivery> deliveriesIn(Caller caller, String requestedTenant) {
    return repository.deliveriesIn(staffTenant(caller, requestedTenant));
  }

  private static Announcement visible(Caller caller, Optional<Announcement> announcement, long id) {
    return announcement
        .filter(a -> caller.belongsTo(a.tenant()))
        .orElseThrow(() -> ApiException.notFound("No announcement " + id + "."));
  }

  private static String clientTenant(Caller caller) {
    if (!caller.isClient()) {
      throw ApiException.forbidden("Only client users subscribe to announcements.");
    }
    return caller.tenantFor(null);
  }

  private static String staffTenant(Caller caller, String requested) {
    requireStaff(caller);
    return caller.tenantFor(requested);
  }

  private static void requireStaff(Caller caller) {
    if (!caller.isStaff()) {
      throw ApiException.forbidden("Only staff of the tenant may do this.");
    }
  }
}
