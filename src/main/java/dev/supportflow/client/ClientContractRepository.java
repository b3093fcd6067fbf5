package dev.supportflow.client;

import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class ClientContractRepository {

  private final JdbcClient jdbc;

  ClientContractRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ClientContract> find(String clientId) {
    return jdbc.sql("SELECT * FROM client_contract WHERE client_id = ?")
        .param(clientId)
        .query(
            (rs, i) ->
                new ClientContract(
                    rs.getString("client_id"),
                    rs.getString("tenant"),
                    rs.getString("display_name"),
                    rs.getString("tier"),
                    rs.getString("dedicated_developer"),
                    rs.getBoolean("consulting"),
                    rs.getInt("training_hours_included"),
                    rs.getBigDecimal("ad_hoc_meeting_rate"),
                    rs.getString("account_manager"),
                    rs.getString("dedicated_team"),
                    rs.getString("deployment"),
                    rs.getString("database_kind"),
                    new LinkedHashSet<>(
                        jdbc.sql(
                                "SELECT product FROM client_product WHERE client_id = ? ORDER BY product")
                            .param(rs.getString("client_id"))
                            .query(String.class)
                            .list())))
        .optional();
  }

  /** The contract of a calling client, in one of the caller's tenants. */
  public Optional<ClientContract> ofCaller(Caller caller) {
    return find(caller.userId()).filter(c -> caller.belongsTo(c.tenant()));
  }

  /**
   * The contract of a client asking for {@code what} (meetings, trainings, interventions): 403 for
   * anyone else.
   */
  public ClientContract ofRequestingClient(Caller caller, String what) {
    if (!caller.isClient()) {
      throw ApiException.forbidden("Only clients request " + what + ".");
    }
    return ofCaller(caller)
        .orElseThrow(() -> ApiException.forbidden("You have no support contract."));
  }

  /** Creates the contract unless one exists for the client; returns whether it was created. */
  @Transactional
  public boolean createIfAbsent(ClientContract c) {
    if (find(c.clientId()).isPresent()) {
      return false;
    }
    jdbc.sql(
            """
            INSERT INTO client_contract (client_id, tenant, display_name, tier, dedicated_developer, consulting,
              training_hours_included, ad_hoc_meeting_rate, account_manager, dedicated_team, deployment,
              database_kind)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            c.clientId(),
            c.tenant(),
            c.displayName(),
            c.tier(),
            c.dedicatedDeveloper(),
            c.consulting(),
            c.trainingHoursIncluded(),
            c.adHocMeetingRate(),
            c.accountManager(),
            c.dedicatedTeam(),
            c.deployment(),
            c.database())
        .update();
    for (String product : c.products()) {
      jdbc.sql("INSERT INTO client_product (client_id, product) VALUES (?, ?)")
          .params(c.clientId(), product)
          .update();
    }
    return true;
  }
}
