package dev.supportflow.policy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;

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
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      DecisionContract.Columns expected = DecisionContract.BY_KEY.get(decision.getId());
      if (expected == null) {
        continue;
      }
      if (!(decision.getExpression() instanceof DecisionTable table)) {
        throw refused(resource, decision.getId(), "is not a decision table");
      }
      List<DecisionContract.Column> inputs = new ArrayList<>();
      for (Input input : table.getInputs()) {
        inputs.add(
            new DecisionContract.Column(
                input.getLabel(),
                input.getInputExpression().getTypeRef(),
                input.getInputExpression().getText() == null
                    ? null
                    : input.getInputExpression().getText().getTextContent().trim()));
      }
      List<DecisionContract.Column> outputs = new ArrayList<>();
      for (Output output : table.getOutputs()) {
        outputs.add(DecisionContract.Column.out(output.getName(), output.getTypeRef()));
      }
      if (!inputs.equals(expected.inputs())) {
        throw refused(
            resource,
            decision.getId(),
            "has inputs " + inputs + " but the processes need " + expected.inputs());
      }
      if (!outputs.equals(expected.outputs())) {
        throw refused(
            resource,
            decision.getId(),
            "has outputs " + outputs + " but the processes need " + expected.outputs());
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
