package dev.supportflow.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.ClassUtils;

/**
 * The outbox job and the mailbox reader run on Spring's scheduler (docs/operations.md, "E-mail").
 */
@Configuration
@EnableScheduling
class MailConfiguration {

  static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
  static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

  // Jakarta Mail finds its stream provider with a ServiceLoader on every multipart and every
  // encoded part (jakartaee/mail-api#861), reading the service files of every library in the jar
  // each time: 13.6 % of the CPU of an intake run, sending and receiving its mail. Named in this
  // property, it is a Class.forName. Left unset if Angus Mail renames the class, so mail still
  // works (slowly), and MailStreamProviderTest fails.
  static {
    if (ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, MailConfiguration.class.getClassLoader())) {
      System.getProperties().putIfAbsent(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
    }
  }
}
