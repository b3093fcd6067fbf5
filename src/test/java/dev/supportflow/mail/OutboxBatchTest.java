package dev.supportflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.mail.Outbox.MailState;
import dev.supportflow.mail.Outbox.OutgoingMail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox sends in batches: what one node claims, the other does not send. */
class OutboxBatchTest extends MailIntegrationTest {

  @Autowired Outbox outbox;
  @Autowired EmbeddedMailServer mailServer;
  @Autowired MailSettings settings;
  @Autowired TransactionTemplate transaction;

  @Test
  @DisplayName(
      "Outbox: two nodes sending more than two batches at once send every message exactly once; a malformed address fails alone")
  void twoSendersSendEveryMessageOnce() throws Exception {
    clockAt("2026-11-23T10:00");
    String address = "lote-" + System.nanoTime() + "@demo.supportflow.dev";
    mailServer.mailbox(address, "demo");
    int count = 2 * settings.outbox().batchSize() + 7;
    List<Long> ids =
        transaction.execute(
            status -> {
              List<Long> queued = new ArrayList<>();
              for (int i = 0; i < count; i++) {
                queued.add(outbox.enqueue(mail(address, "Lote " + i)));
                if (i == count / 2) {
                  queued.add(outbox.enqueue(mail("não é um endereço", "Sem destino")));
                }
              }
              return queued;
            });
    long malformed = ids.get(count / 2 + 1);

    // Two nodes' jobs: the same database, the same server, at the same moment.
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<Integer>> rounds = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        rounds.add(
            nodes.submit(
                () -> {
                  together.await();
                  int sent = 0;
                  // A round stops at a batch with a failure; the next round goes on.
                  for (int round = 0; round < 3; round++) {
                    sent += outboxJob.sendDue();
                  }
                  return sent;
                }));
      }
      int sent = 0;
      for (Future<Integer> round : rounds) {
        sent += round.get(2, TimeUnit.MINUTES);
      }
      assertThat(sent)
          .as("sent by both nodes (other tests' mail may go too)")
          .isGreaterThan(count - 1);
    } finally {
      nodes.shutdownNow();
    }

    Map<Long, MailState> states = outbox.states(ids);
    assertThat(states.get(malformed).status()).isEqualTo("FAILED");
    assertThat(states.get(malformed).error()).containsIgnoringCase("address");
    assertThat(states.values().stream().filter(s -> s.id() != malformed))
        .extracting(MailState::status)
        .containsOnly("SENT")
        .hasSize(count);

    Map<String, Long> copies =
        mail.messageIds(address, "demo").stream()
            .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    assertThat(copies).as("messages received").hasSize(count);
    assertThat(copies.values()).as("copies of each message").containsOnly(1L);
  }

  private static OutgoingMail mail(String recipient, String subject) {
    return new OutgoingMail(
        "oobj",
        "test",
        null,
        recipient,
        new MailTemplates.Rendered(subject, "Texto de " + subject, null));
  }
}
