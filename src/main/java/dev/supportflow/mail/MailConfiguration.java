package dev.supportflow.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox job and the mailbox reader run on Spring's scheduler (docs/operations.md, "E-mail").
 */
@Configuration
@EnableScheduling
class MailConfiguration {}
