package dev.supportflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Jakarta Mail's stream provider is named, not searched for with a ServiceLoader on every use. */
class MailStreamProviderTest extends MailIntegrationTest {

  @Test
  @DisplayName(
      "Mail: the stream provider is named in its system property, and Jakarta Mail uses that class")
  void streamProviderIsNamed() {
    assertThat(System.getProperty(MailConfiguration.STREAM_PROVIDER))
        .isEqualTo(MailConfiguration.ANGUS_STREAM_PROVIDER);
    assertThat(StreamProvider.provider().getClass().getName())
        .isEqualTo(MailConfiguration.ANGUS_STREAM_PROVIDER);
  }
}
