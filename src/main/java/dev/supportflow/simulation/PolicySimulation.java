package dev.supportflow.simulation;

import dev.supportflow.policy.SupportFlowProperties;
import dev.supportflow.security.Caller;
import dev.supportflow.security.Groups;
import dev.supportflow.web.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.springframework.stereotype.Service;

/**
 * What an edited table would have decided for a tenant's past tickets: "before" is the version
 * deployed now for the tenant, "after" the edited table, both evaluated on the inputs the decision
 * history recorded, so the difference is the edit alone. Reads only.
 */
@Service
class PolicySimulation {

  private final RepositoryService repositoryService;
  private final RecordedEvaluations history;
  private final SupportFlowProperties properties;

  PolicySimulation(
      RepositoryService repositoryService,
      RecordedEvaluations history,
      SupportFlowProperties properties) {
    this.repositoryService = repositoryService;
    this.history = history;
    this.properties = properties;
  }

  /** The simulation's tenant, for the tenant's process owners and for admins only. */
  SimulationResult simulate(String tenant, byte[] file, Instant from, Instant to) {
    EditedTable edited = EditedTable.read(file);
    DecisionDefinition deployed =
        repositoryService
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(edited.decisionKey())
            .tenantIdIn(tenant)
            .latestVersion()
            .singleResult();
    if (deployed == null) {
      throw EditedTable.invalid(
          "decision '" + edited.decisionKey() + "' is not deployed for tenant " + tenant);
    }
    ReplayEngine engine = new ReplayEngine();
    DmnDecision before = engine.replayable(deployedModel(deployed), edited.decisionKey());
    DmnDecision after;
    try {
      after = engine.replayable(edited.model(), edited.decisionKey());
    } catch (RuntimeException e) {
      throw EditedTable.invalid(e.getMessage());
    }
    Replay replay = new Replay(engine, before, after, inputLabels(edited));
    history.forEach(tenant, edited.decisionKey(), from, to, replay::add);
    return replay.result(edited.decisionKey(), deployed.getVersion());
  }

  private DmnModelInstance deployedModel(DecisionDefinition deployed) {
    try (InputStream model = repositoryService.getDecisionModel(deployed.getId())) {
      return Dmn.readModelFromStream(model);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read decision " + deployed.getId(), e);
    }
  }

  private static List<String> inputLabels(EditedTable edited) {
    Decision decision = edited.model().getModelElementById(edited.decisionKey());
    return ((DecisionTable) decision.getExpression())
        .getInputs().stream().map(Input::getLabel).toList();
  }

  /** Process owners simulate for their tenant; admins (and owners of several) name one. */
  String tenantFor(Caller caller, String requested) {
    if (!caller.isAdmin() && !caller.groups().contains(Groups.PROCESS_OWNERS)) {
      throw ApiException.forbidden("Only process owners of the tenant and admins simulate policy.");
    }
    String tenant = caller.tenantFor(requested);
    if (!properties.tenants().containsKey(tenant)) {
      throw ApiException.badRequest("tenant", "unknown tenant '" + tenant + "'");
    }
    return tenant;
  }
}
