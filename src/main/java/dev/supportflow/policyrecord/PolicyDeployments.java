package dev.supportflow.policyrecord;

import dev.supportflow.web.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deployment record. Writes join the deployment's transaction. */
@Repository
class PolicyDeployments {

  private final JdbcClient jdbc;

  PolicyDeployments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(PolicyDeployment deployment) {
    jdbc.sql(
            """
            INSERT INTO policy_deployment
              (deployment_id, name, source, tenant, deployed_by, deployed_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(
            deployment.id(),
            deployment.name(),
            deployment.source(),
            deployment.tenant(),
            deployment.deployedBy(),
            deployment.deployedAt().atOffset(ZoneOffset.UTC))
        .update();
    for (PolicyDeployment.Definition definition : deployment.definitions()) {
      jdbc.sql(
              """
              INSERT INTO policy_deployment_definition
                (deployment_id, kind, definition_key, version, resource)
              VALUES (?, ?, ?, ?, ?)
              """)
          .params(
              deployment.id(),
              definition.kind().name(),
              definition.key(),
              definition.version(),
              definition.resource())
          .update();
    }
  }

  /** The tenant's deployments and those of the shared processes, newest first. */
  List<PolicyDeployment> newestFirst(String tenant, Paging paging) {
    List<PolicyDeployment> page =
        jdbc.sql(
                """
                SELECT * FROM policy_deployment
                WHERE tenant = :tenant OR tenant IS NULL
                ORDER BY record_id DESC
                OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY
                """)
            .param("tenant", tenant)
            .param("offset", paging.offset())
            .param("size", paging.size())
            .query(PolicyDeployments::deployment)
            .list();
    return page.stream().map(this::withDefinitions).toList();
  }

  private PolicyDeployment withDefinitions(PolicyDeployment deployment) {
    List<PolicyDeployment.Definition> definitions =
        jdbc.sql(
                """
                SELECT * FROM policy_deployment_definition WHERE deployment_id = ?
                ORDER BY kind, definition_key
                """)
            .param(deployment.id())
            .query(
                (rs, row) ->
                    new PolicyDeployment.Definition(
                        PolicyDeployment.Kind.valueOf(rs.getString("kind")),
                        rs.getString("definition_key"),
                        rs.getInt("version"),
                        rs.getString("resource")))
            .list();
    return new PolicyDeployment(
        deployment.id(),
        deployment.name(),
        deployment.source(),
        deployment.tenant(),
        deployment.deployedBy(),
        deployment.deployedAt(),
        definitions);
  }

  private static PolicyDeployment deployment(ResultSet rs, int row) throws SQLException {
    return new PolicyDeployment(
        rs.getString("deployment_id"),
        rs.getString("name"),
        rs.getString("source"),
        rs.getString("tenant"),
        rs.getString("deployed_by"),
        rs.getObject("deployed_at", OffsetDateTime.class).toInstant(),
        List.of());
  }
}
