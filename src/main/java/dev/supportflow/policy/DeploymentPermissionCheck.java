package dev.supportflow.policy;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.repository.DefaultDeploymentHandler;
import org.camunda.bpm.engine.repository.CandidateDeployment;
import org.camunda.bpm.engine.repository.DeploymentHandler;
import org.camunda.bpm.engine.repository.DeploymentHandlerFactory;
import org.camunda.bpm.engine.repository.Resource;

/**
 * Applies {@link DeploymentPermission} to every deployment: as a pre-deployer when the deployment
 * is new, and where duplicate filtering finds nothing changed (no deployer runs then, and the
 * answer would show the existing deployment).
 */
class DeploymentPermissionCheck implements Deployer, DeploymentHandlerFactory {

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (deployment.isNew()) {
      DeploymentPermission.check(
          deployment.getName(), deployment.getTenantId(), deployment.getResources().keySet());
    }
  }

  @Override
  public DeploymentHandler buildDeploymentHandler(ProcessEngine processEngine) {
    return new UnchangedDeployments(new DefaultDeploymentHandler(processEngine));
  }

  private record UnchangedDeployments(DeploymentHandler camunda) implements DeploymentHandler {

    @Override
    public String determineDuplicateDeployment(CandidateDeployment candidate) {
      String id = camunda.determineDuplicateDeployment(candidate);
      DeploymentEntity existing =
          Context.getCommandContext().getDeploymentManager().findDeploymentById(id);
      DeploymentPermission.check(
          candidate.getName(), existing.getTenantId(), candidate.getResources().keySet());
      return id;
    }

    @Override
    public boolean shouldDeployResource(Resource newResource, Resource existingResource) {
      return camunda.shouldDeployResource(newResource, existingResource);
    }

    @Override
    public Set<String> determineDeploymentsToResumeByProcessDefinitionKey(String[] keys) {
      return camunda.determineDeploymentsToResumeByProcessDefinitionKey(keys);
    }

    @Override
    public Set<String> determineDeploymentsToResumeByDeploymentName(CandidateDeployment candidate) {
      return camunda.determineDeploymentsToResumeByDeploymentName(candidate);
    }
  }
}
