package dev.supportflow.policyrecord;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * A post-deployer: runs after the engine's deployers gave each definition its version, inside the
 * deployment's transaction, so a deployment is recorded exactly when it is committed. A deployment
 * nobody is authenticated for is the one made at start-up.
 */
class DeploymentRecorder implements Deployer {

  static final String STARTUP_USER = "supportflow";

  private final PolicyDeployments deployments;

  DeploymentRecorder(PolicyDeployments deployments) {
    this.deployments = deployments;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    List<PolicyDeployment.Definition> definitions = new ArrayList<>();
    if (deployment.getDeployedDecisionDefinitions() != null) {
      for (DecisionDefinition decision : deployment.getDeployedDecisionDefinitions()) {
        definitions.add(
            new PolicyDeployment.Definition(
                PolicyDeployment.Kind.DECISION,
                decision.getKey(),
                decision.getVersion(),
                decision.getResourceName()));
      }
    }
    if (deployment.getDeployedProcessDefinitions() != null) {
      for (ProcessDefinition process : deployment.getDeployedProcessDefinitions()) {
        definitions.add(
            new PolicyDeployment.Definition(
                PolicyDeployment.Kind.PROCESS,
                process.getKey(),
                process.getVersion(),
                process.getResourceName()));
      }
    }
    deployments.record(
        new PolicyDeployment(
            deployment.getId(),
            deployment.getName(),
            deployment.getSource(),
            deployment.getTenantId(),
            deployedBy(),
            deployment.getDeploymentTime().toInstant(),
            definitions));
  }

  private static String deployedBy() {
    Authentication user = Context.getCommandContext().getAuthentication();
    return user == null || user.getUserId() == null ? STARTUP_USER : user.getUserId();
  }
}
