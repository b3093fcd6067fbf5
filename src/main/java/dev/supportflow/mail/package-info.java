/**
 * E-mail in and out: the embedded mail server of the default profile, the outbox and the job that
 * sends it, the templates process owners edit, the mails along a ticket's life (to the client, and
 * the escalation to the supervisors) and the support mailboxes read over IMAP into tickets.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(
    allowedDependencies = {
      "billing",
      "calendar",
      "client",
      "clientrecord",
      "policy",
      "security",
      "ticket",
      "web"
    })
package dev.supportflow.mail;

import org.springframework.modulith.ApplicationModule;
