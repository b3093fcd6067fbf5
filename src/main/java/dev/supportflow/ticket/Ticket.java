package dev.supportflow.ticket;

import dev.supportflow.clientrecord.ClientRecord;
import java.time.Instant;

/**
 * A ticket row: what clients read. The process instance with the ticket's id as business key drives
 * it.
 */
public record Ticket(
    long number,
    String tenant,
    String clientId,
    TicketStatus status,
    Channel channel,
    TicketType type,
    Topic topic,
    Symptom symptom,
    String service,
    String product,
    Boolean auctionInProgress,
    String subject,
    String description,
    RemoteAccessTool remoteAccessTool,
    String remoteAccessId,
    String networkFolder,
    Instant receivedAt,
    Boolean emergency,
    Boolean outOfHours,
    Boolean slaApplies,
    String slaRule,
    Instant firstResponseDueAt,
    Instant resolutionDueAt,
    Instant firstRespondedAt,
    Instant resolvedAt,
    boolean billable,
    String reply,
    String createdBy,
    String idempotencyKey,
    String requestHash,
    Instant createdAt,
    Instant closedAt,
    TicketSla sla)
    implements ClientRecord {

  /** Where the first-response target stands. */
  public SlaState firstResponseSla() {
    return sla.state(firstResponseDueAt, sla.firstResponseMet());
  }

  /** Where the resolution target stands. */
  public SlaState resolutionSla() {
    return sla.state(resolutionDueAt, sla.resolutionMet());
  }

  /** A ticket built by name; what is not set stays empty (null, false, 0). */
  static Builder builder() {
    return new Builder();
  }

  static final class Builder {

    private long number;
    private String tenant;
    private String clientId;
    private TicketStatus status;
    private Channel channel;
    private TicketType type;
    private Topic topic;
    private Symptom symptom;
    private String service;
    private String product;
    private Boolean auctionInProgress;
    private String subject;
    private String description;
    private RemoteAccessTool remoteAccessTool;
    private String remoteAccessId;
    private String networkFolder;
    private Instant receivedAt;
    private Boolean emergency;
    private Boolean outOfHours;
    private Boolean slaApplies;
    private String slaRule;
    private Instant firstResponseDueAt;
    private Instant resolutionDueAt;
    private Instant firstRespondedAt;
    private Instant resolvedAt;
    private boolean billable;
    private String reply;
    private String createdBy;
    private String idempotencyKey;
    private String requestHash;
    private Instant createdAt;
    private Instant closedAt;
    private TicketSla sla = TicketSla.NOT_STARTED;

    Builder number(long value) {
      number = value;
      return this;
    }

    Builder tenant(String value) {
      tenant = value;
      return this;
    }

    Builder clientId(String value) {
      clientId = value;
      return this;
    }

    Builder status(TicketStatus value) {
      status = value;
      return this;
    }

    Builder channel(Channel value) {
      channel = value;
      return this;
    }

    Builder type(TicketType value) {
      type = value;
      return this;
    }

    Builder topic(Topic value) {
      topic = value;
      return this;
    }

    Builder symptom(Symptom value) {
      symptom = value;
      return this;
    }

    Builder service(String value) {
      service = value;
      return this;
    }

    Builder product(String value) {
      product = value;
      return this;
    }

    Builder auctionInProgress(Boolean value) {
      auctionInProgress = value;
      return this;
    }

    Builder subject(String value) {
      subject = value;
      return this;
    }

    Builder description(String value) {
      description = value;
      return this;
    }

    Builder remoteAccessTool(RemoteAccessTool value) {
      remoteAccessTool = value;
      return this;
    }

    Builder remoteAccessId(String value) {
      remoteAccessId = value;
      return this;
    }

    Builder networkFolder(String value) {
      networkFolder = value;
      return this;
    }

    Builder receivedAt(Instant value) {
      receivedAt = value;
      return this;
    }

    Builder emergency(Boolean value) {
      emergency = value;
      return this;
    }

    Builder outOfHours(Boolean value) {
      outOfHours = value;
      return this;
    }

    Builder slaApplies(Boolean value) {
      slaApplies = value;
      return this;
    }

    Builder slaRule(String value) {
      slaRule = value;
      return this;
    }

    Builder firstResponseDueAt(Instant value) {
      firstResponseDueAt = value;
      return this;
    }

    Builder resolutionDueAt(Instant value) {
      resolutionDueAt = value;
      return this;
    }

    Builder firstRespondedAt(Instant value) {
      firstRespondedAt = value;
      return this;
    }

    Builder resolvedAt(Instant value) {
      resolvedAt = value;
      return this;
    }

    Builder billable(boolean value) {
      billable = value;
      return this;
    }

    Builder reply(String value) {
      reply = value;
      return this;
    }

    Builder createdBy(String value) {
      createdBy = value;
      return this;
    }

    Builder idempotencyKey(String value) {
      idempotencyKey = value;
      return this;
    }

    Builder requestHash(String value) {
      requestHash = value;
      return this;
    }

    Builder createdAt(Instant value) {
      createdAt = value;
      return this;
    }

    Builder closedAt(Instant value) {
      closedAt = value;
      return this;
    }

    Builder sla(TicketSla value) {
      sla = value;
      return this;
    }

    Ticket build() {
      return new Ticket(
          number,
          tenant,
          clientId,
          status,
          channel,
          type,
          topic,
          symptom,
          service,
          product,
          auctionInProgress,
          subject,
          description,
          remoteAccessTool,
          remoteAccessId,
          networkFolder,
          receivedAt,
          emergency,
          outOfHours,
          slaApplies,
          slaRule,
          firstResponseDueAt,
          resolutionDueAt,
          firstRespondedAt,
          resolvedAt,
          billable,
          reply,
          createdBy,
          idempotencyKey,
          requestHash,
          createdAt,
          closedAt,
          sla);
    }
  }
}
