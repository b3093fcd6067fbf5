package dev.supportflow.policy;

import java.io.ByteArrayInputStream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * C-4: a deployment whose table breaks the decision contract is refused, whoever deploys it
 * (start-up, Camunda Modeler, engine REST), with a message naming the table and the difference; the
 * running version keeps serving. Decisions with other keys are the process owner's own and pass.
 */
class DecisionContractCheck implements Deployer {

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".dmn")) {
        check(
            resource.getName(),
            Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes())));
      }
    }
  }

  private static void check(String resource, DmnModelInstance model) {
    String notFeel = FeelOnly.problem(model);
    if (notFeel != null) {
      throw new BadUserRequestException(
          resource + " " + notFeel + ". The version in use keeps serving.");
    }
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      String problem = DecisionContractRule.problem(decision);
      if (problem != null) {
        throw refused(resource, decision.getId(), problem);
      }
    }
  }

  private static BadUserRequestException refused(String resource, String key, String problem) {
    return new BadUserRequestException(
        "Decision '"
            + key
            + "' in "
            + resource
            + " "
            + problem
            + ". Change rows, not columns; the version in use keeps serving.");
  }
}
