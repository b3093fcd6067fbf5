package dev.supportflow.policy;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.DeploymentQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentManager;
import org.camunda.bpm.engine.impl.repository.DefaultDeploymentHandler;
import org.camunda.bpm.engine.repository.CandidateDeployment;
import org.camunda.bpm.engine.repository.Deployment;
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

    /**
     * Camunda takes the latest deployment of that name in any tenant; a process owner's answer
     * names the latest in the tenants they may see (the engine's tenant check on the query).
     */
    @Override
    public String determineDuplicateDeployment(CandidateDeployment candidate) {
      String id = camunda.determineDuplicateDeployment(candidate);
      DeploymentManager deployments = Context.getCommandContext().getDeploymentManager();
      if (DeploymentPermission.appliesToCaller()) {
        DeploymentQueryImpl sameName = new DeploymentQueryImpl();
        sameName.deploymentName(candidate.getName()).orderByDeploymentTime().desc();
        List<Deployment> visible =
            deployments.findDeploymentsByQueryCriteria(sameName, new Page(0, 1));
        id = visible.isEmpty() ? id : visible.get(0).getId();
      }
      DeploymentPermission.check(
          candidate.getName(),
          deployments.findDeploymentById(id).getTenantId(),
          candidate.getResources().keySet());
      return id;
    }

    /**
     * Called with the latest resource of that name in the requested tenant: an unchanged file for a
     * tenant the caller may not deploy to is refused as a changed one would be.
     */
    @Override
    public boolean shouldDeployResource(Resource newResource, Resource existingResource) {
      DeploymentPermission.check(
          null,
          Context.getCommandContext()
              .getDeploymentManager()
              .findDeploymentById(existingResource.getDeploymentId())
              .getTenantId(),
          List.of(newResource.getName()));
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
