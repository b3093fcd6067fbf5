package dev.supportflow.demo;

import java.time.Duration;
import java.util.Random;

/**
 * How the people around one ticket behave: when the staff answer (in time or late), whether they
 * ask the client something and whether the client answers, how long the work takes, whether the
 * client comes back after the resolution; for work quoted out of hours, whether the account manager
 * quotes before the desk opens and whether the client accepts. Drawn once per ticket from the
 * seeded random, so the same range plays the same way; what the desk's models do with it is theirs.
 */
record Conduct(
    boolean lateFirstResponse,
    boolean lateResolution,
    boolean respondsInTasklist,
    Question question,
    boolean clientAnswers,
    boolean clientReopens,
    boolean quotedAtNight,
    boolean acceptsQuote,
    double share,
    Duration lateness,
    Duration work,
    Duration answerDelay,
    Duration reopenAfter) {

  /** Whether staff ask the client something, and when. */
  enum Question {
    NONE,
    WITH_FIRST_RESPONSE,
    WHILE_RESOLVING
  }

  static Conduct draw(Random random) {
    double question = random.nextDouble();
    return new Conduct(
        random.nextDouble() < 0.18,
        random.nextDouble() < 0.15,
        random.nextDouble() < 0.3,
        question < 0.1
            ? Question.WITH_FIRST_RESPONSE
            : question < 0.25 ? Question.WHILE_RESOLVING : Question.NONE,
        random.nextDouble() < 0.85,
        random.nextDouble() < 0.06,
        random.nextDouble() < 0.6,
        random.nextDouble() < 0.6,
        0.1 + 0.8 * random.nextDouble(),
        Duration.ofMinutes(10 + random.nextInt(170)),
        Duration.ofMinutes(30 + random.nextInt(570)),
        Duration.ofMinutes(15 + random.nextInt(585)),
        Duration.ofHours(6 + random.nextInt(66)));
  }
}
