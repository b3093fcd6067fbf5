package dev.supportflow.policyrecord;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PolicyRecordConfiguration {

  /** Records every new deployment after the engine's deployers versioned its definitions. */
  @Bean
  ProcessEnginePlugin deploymentRecordPlugin(PolicyDeployments deployments) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> postDeployers = new ArrayList<>();
        if (configuration.getCustomPostDeployers() != null) {
          postDeployers.addAll(configuration.getCustomPostDeployers());
        }
        postDeployers.add(new DeploymentRecorder(deployments));
        configuration.setCustomPostDeployers(postDeployers);
      }
    };
  }
}
