package dev.supportflow.demo;

import dev.supportflow.client.ClientContract;
import dev.supportflow.client.ClientContractRepository;
import dev.supportflow.policy.SupportFlowProperties;
import dev.supportflow.security.AccessSetup;
import dev.supportflow.security.IdentitySetup;
import java.math.BigDecimal;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo users, groups, tenants and contracts of API.md ("Demo data"), every password {@code
 * demo}. Created at start-up when {@code supportflow.demo-data} is on (the default profile); a
 * restart neither duplicates nor resets.
 */
@Component
@ConditionalOnProperty(name = "supportflow.demo-data", havingValue = "true", matchIfMissing = true)
class DemoData implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final String PASSWORD = "demo";

  /**
   * Every demo user's last name: how the prod profile recognises them ({@link DemoUserLockout}).
   */
  static final String MARKER = "(demo)";

  private final AccessSetup access;
  private final IdentitySetup identity;
  private final ClientContractRepository contracts;
  private final SupportFlowProperties properties;

  DemoData(
      AccessSetup access,
      IdentitySetup identity,
      ClientContractRepository contracts,
      SupportFlowProperties properties) {
    this.access = access;
    this.identity = identity;
    this.contracts = contracts;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    access.ensure(); // tenants and groups, which exist in every profile
    for (String tenant : properties.tenants().keySet()) {
      staff(tenant + "-gateway", "gateways", tenant);
      staff(tenant + "-analyst", "analysts", tenant);
      staff(tenant + "-supervisor", "supervisors", tenant);
      staff(tenant + "-manager", "account-managers", tenant);
      staff(tenant + "-owner", "process-owners", tenant);
    }
    // The dedicated team of leiloes-enterprise (plan with a dedicated team and consulting: L-3.2,
    // L-7).
    access.ensureTeam("leiloes-enterprise-team", "Equipe dedicada: Leiloeiro Enterprise");
    staff("leiloes-dev", "leiloes-enterprise-team", "leiloes");

    identity.member("admin", "admins");
    properties.tenants().keySet().forEach(tenant -> identity.tenantMember("admin", tenant));

    client(
        new ClientContract(
            "leiloes-basic",
            "leiloes",
            "Leiloeiro Básico",
            "STANDARD",
            "NONE",
            false,
            0,
            null,
            "leiloes-manager",
            null,
            "SAAS",
            null,
            Set.of()));
    client(
        new ClientContract(
            "leiloes-premium",
            "leiloes",
            "Leiloeiro Premium",
            "PREMIUM",
            "NONE",
            false,
            8,
            null,
            "leiloes-manager",
            null,
            "SAAS",
            null,
            Set.of()));
    client(
        new ClientContract(
            "leiloes-enterprise",
            "leiloes",
            "Leiloeiro Enterprise",
            "ENTERPRISE",
            "TEAM",
            true,
            16,
            new BigDecimal("300.00"),
            "leiloes-manager",
            "leiloes-enterprise-team",
            "SAAS",
            null,
            Set.of()));
    client(
        new ClientContract(
            "oobj-saas",
            "oobj",
            "Cliente Oobj SaaS",
            null,
            "NONE",
            false,
            0,
            null,
            "oobj-manager",
            null,
            "SAAS",
            null,
            Set.of("OOBJ_DFE")));
    client(
        new ClientContract(
            "oobj-inhouse-pg",
            "oobj",
            "Cliente Oobj In-house PostgreSQL",
            null,
            "NONE",
            false,
            0,
            null,
            "oobj-manager",
            null,
            "IN_HOUSE",
            "POSTGRESQL",
            Set.of("OOBJ_DFE")));
    client(
        new ClientContract(
            "oobj-inhouse-oracle",
            "oobj",
            "Cliente Oobj In-house Oracle",
            null,
            "NONE",
            false,
            0,
            null,
            "oobj-manager",
            null,
            "IN_HOUSE",
            "ORACLE",
            Set.of("OOBJ_DFE")));
    log.info("Demo data in place (every demo password is '{}')", PASSWORD);
  }

  private void staff(String userId, String group, String tenant) {
    identity.user(userId, userId, MARKER, PASSWORD);
    identity.member(userId, group);
    identity.tenantMember(userId, tenant);
  }

  private void client(ClientContract contract) {
    identity.user(contract.clientId(), contract.displayName(), MARKER, PASSWORD);
    identity.member(contract.clientId(), "clients");
    identity.tenantMember(contract.clientId(), contract.tenant());
    contracts.createIfAbsent(contract);
  }
}
