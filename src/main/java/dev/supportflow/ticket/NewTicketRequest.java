package dev.supportflow.ticket;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** The body of {@code POST /api/tickets} (API.md). */
public record NewTicketRequest(
    @Size(max = 32) String tenant,
    @Size(max = 64) String clientId,
    OffsetDateTime receivedAt,
    @NotNull Channel channel,
    @NotNull TicketType type,
    Topic topic,
    Symptom symptom,
    @Size(max = 64) String service,
    @Size(max = 64) String product,
    Boolean auctionInProgress,
    @NotBlank @Size(min = 1, max = 200) String subject,
    @Size(max = 20000) String description,
    @Valid RemoteAccess remoteAccess,
    @Size(max = 500) String networkFolder) {

  public record RemoteAccess(
      @NotNull RemoteAccessTool tool, @NotBlank @Size(max = 100) String id) {}
}
