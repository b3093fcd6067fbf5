package dev.supportflow.training;

import java.math.BigDecimal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plan's training hours per client (L-6.4) and how many are booked. Two concurrent requests
 * never spend the same hours: a booking locks the client's row ({@code SELECT … FOR UPDATE}) and
 * deducts with a conditional {@code UPDATE} that cannot push {@code used} past {@code included}
 * (also a CHECK constraint).
 */
@Repository
class TrainingBalance {

  private static final int ATTEMPTS = 5;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  TrainingBalance(JdbcClient jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  /**
   * Books up to {@code hours} from the balance in a short transaction of its own (committed when
   * this returns), creating the balance from the contract's included hours on first use. Returns
   * the hours booked: all of them, the part that was left, or zero.
   */
  BigDecimal book(String clientId, int includedByContract, BigDecimal hours) {
    ensure(clientId, includedByContract);
    BigDecimal booked =
        transaction.execute(
            status -> {
              for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                BigDecimal left =
                    jdbc.sql(
                            """
                SELECT included - used FROM training_balance WHERE client_id = ? FOR UPDATE
                """)
                        .param(clientId)
                        .query(BigDecimal.class)
                        .single();
                BigDecimal part = hours.min(left.max(BigDecimal.ZERO));
                if (part.signum() == 0) {
                  return BigDecimal.ZERO;
                }
                int updated =
                    jdbc.sql(
                            """
                UPDATE training_balance SET used = used + ? WHERE client_id = ? AND used + ? <= included
                """)
                        .params(part, clientId, part)
                        .update();
                if (updated == 1) {
                  return part;
                }
              }
              return BigDecimal.ZERO;
            });
    return booked == null ? BigDecimal.ZERO : booked;
  }

  /** Gives booked hours back (the client declined the quote for the rest of the training). */
  void release(String clientId, BigDecimal hours) {
    if (hours.signum() > 0) {
      jdbc.sql("UPDATE training_balance SET used = used - ? WHERE client_id = ? AND used >= ?")
          .params(hours, clientId, hours)
          .update();
    }
  }

  BigDecimal used(String clientId) {
    return jdbc.sql("SELECT used FROM training_balance WHERE client_id = ?")
        .param(clientId)
        .query(BigDecimal.class)
        .optional()
        .orElse(BigDecimal.ZERO);
  }

  private void ensure(String clientId, int included) {
    boolean exists =
        jdbc.sql("SELECT COUNT(*) FROM training_balance WHERE client_id = ?")
                .param(clientId)
                .query(Integer.class)
                .single()
            > 0;
    if (!exists) {
      try {
        transaction.executeWithoutResult(
            status ->
                jdbc.sql(
                        """
                INSERT INTO training_balance (client_id, included, used) VALUES (?, ?, 0)
                """)
                    .params(clientId, BigDecimal.valueOf(included))
                    .update());
      } catch (DuplicateKeyException createdConcurrently) {
        // another request created it first: same contract, same row
      }
    }
  }
}
