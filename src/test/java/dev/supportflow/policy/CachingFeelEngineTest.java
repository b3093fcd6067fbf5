package dev.supportflow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.supportflow.SupportFlowIntegrationTest;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The engine evaluates tables with the caching FEEL engine, with Camunda's results and errors. */
class CachingFeelEngineTest extends SupportFlowIntegrationTest {

  @Test
  @DisplayName("Speed: the engine's tables run on the FEEL engine that parses each cell once")
  void engineUsesCachingFeel() {
    var dmn =
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
            .getDmnEngineConfiguration();
    assertThat(dmn.getFeelEngine()).isInstanceOf(CachingFeelEngine.class);
  }

  @Test
  @DisplayName(
      "Speed: a cached expression or unary test gives the same answers for other variables, and errors stay errors")
  void cachedExpressionsEvaluateAgainstEachContext() {
    CachingFeelEngine feel = new CachingFeelEngine();
    var first =
        Variables.createVariables()
            .putValue("products", "OOBJ_DFE")
            .putValue("product", "OOBJ_DFE")
            .asVariableContext();
    var second =
        Variables.createVariables()
            .putValue("products", "OOBJ_DFE")
            .putValue("product", "OOBJ_NFSE")
            .asVariableContext();
    String bought = "list contains(split(products, \",\"), product)";

    assertThat((Boolean) feel.evaluateSimpleExpression(bought, first)).isTrue();
    assertThat((Boolean) feel.evaluateSimpleExpression(bought, second)).isFalse();
    var channel = Variables.createVariables().putValue("channel", "PHONE").asVariableContext();
    assertThat(feel.evaluateSimpleUnaryTests("\"PORTAL\",\"PHONE\"", "channel", channel)).isTrue();
    assertThat(feel.evaluateSimpleUnaryTests("not(\"PHONE\")", "channel", channel)).isFalse();
    assertThatThrownBy(() -> feel.evaluateSimpleExpression("1 +", first))
        .isInstanceOf(FeelException.class);
  }
}
