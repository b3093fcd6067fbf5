package dev.supportflow.mail;

import dev.supportflow.mail.InboundRepository.InboundRecord;
import dev.supportflow.mail.Outbox.MailState;
import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What staff see of the tenant's e-mail: the outbox (above all what FAILED, and why) and the
 * e-mails read from the support mailbox with what became of each.
 */
@RestController
@RequestMapping(path = "/api/mail", produces = MediaType.APPLICATION_JSON_VALUE)
class MailController {

  private static final Set<String> STATUSES = Set.of("PENDING", "SENDING", "SENT", "FAILED");

  private final Outbox outbox;
  private final InboundRepository inbound;

  MailController(Outbox outbox, InboundRepository inbound) {
    this.outbox = outbox;
    this.inbound = inbound;
  }

  @GetMapping("/outbox")
  List<MailState> outbox(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String tenant,
      @RequestParam(defaultValue = "FAILED") String status,
      @RequestParam(defaultValue = "50") int limit) {
    if (!STATUSES.contains(status)) {
      throw ApiException.badRequest("status", "one of PENDING, SENDING, SENT, FAILED");
    }
    return outbox.inStatus(staffTenant(caller, tenant), status, checked(limit));
  }

  @GetMapping("/inbound")
  List<InboundRecord> inbound(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String tenant,
      @RequestParam(defaultValue = "50") int limit) {
    return inbound.latest(staffTenant(caller, tenant), checked(limit));
  }

  private static int checked(int limit) {
    if (limit < 1 || limit > 200) {
      throw ApiException.badRequest("limit", "between 1 and 200");
    }
    return limit;
  }

  /** The caller's one tenant or the one named (admins must name one); staff only. */
  private static String staffTenant(Caller caller, String requested) {
    if (!caller.isStaff()) {
      throw ApiException.forbidden("Only staff of the tenant may do this.");
    }
    return caller.tenantFor(requested);
  }
}
