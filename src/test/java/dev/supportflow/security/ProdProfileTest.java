package dev.supportflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.supportflow.SupportFlowApplication;
import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;

/**
 * The prod profile: no demo data, no start without an admin password, hardened webapp cookies and
 * headers.
 */
class ProdProfileTest {

  @Test
  @DisplayName(
      "C-5 prod: without SUPPORTFLOW_ADMIN_PASSWORD the application refuses to start, naming the variable")
  void refusesToStartWithoutAdminPassword() {
    for (String password : new String[] {"", "demo"}) {
      assertThatThrownBy(
              () ->
                  new SpringApplicationBuilder(SupportFlowApplication.class)
                      .profiles("prod")
                      .run(
                          "--SUPPORTFLOW_ADMIN_PASSWORD=" + password,
                          "--server.port=0",
                          "--spring.datasource.url=jdbc:h2:mem:prod-check"))
          .hasStackTraceContaining("SUPPORTFLOW_ADMIN_PASSWORD")
          .hasStackTraceContaining("refusing to start");
    }
  }

  @Test
  @DisplayName(
      "C-5 prod: no demo data; the webapps' CSRF and session cookies are secure, HSTS and CSP on")
  void prodSettings() throws IOException {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application-prod.yaml"));
    Properties prod = yaml.getObject();

    assertThat(prod.getProperty("supportflow.demo-data")).isEqualTo("false");
    assertThat(prod.getProperty("camunda.bpm.admin-user.password"))
        .isEqualTo("${SUPPORTFLOW_ADMIN_PASSWORD:}");
    assertThat(prod.getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie")).isEqualTo("true");
    assertThat(prod.getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie"))
        .isEqualTo("true");
    assertThat(prod.getProperty("camunda.bpm.webapp.header-security.hsts-disabled"))
        .isEqualTo("false");
    assertThat(
            prod.getProperty("camunda.bpm.webapp.header-security.content-security-policy-disabled"))
        .isEqualTo("false");
    assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
  }
}
