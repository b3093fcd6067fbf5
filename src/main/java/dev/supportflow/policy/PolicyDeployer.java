package dev.supportflow.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the policy models at start-up: {@code bpmn/} (processes and their forms, shared by every
 * tenant) and {@code dmn/<tenant>/} once per tenant with that tenant id.
 *
 * <p>Duplicate filtering makes a restart with unchanged files a no-op. A changed file redeploys its
 * whole set, not only itself, because forms are bound to the deployment of the process that uses
 * them.
 *
 * <p>Runs before the web server opens, so no request meets an engine without its models.
 */
@Component
class PolicyDeployer implements SmartInitializingSingleton {

  static final String PROCESSES_DEPLOYMENT = "supportflow-processes";
  static final String DECISIONS_DEPLOYMENT_PREFIX = "supportflow-policy-";

  private static final Logger log = LoggerFactory.getLogger(PolicyDeployer.class);

  private final RepositoryService repositoryService;
  private final SupportFlowProperties properties;
  private final PathMatchingResourcePatternResolver resolver =
      new PathMatchingResourcePatternResolver();

  PolicyDeployer(RepositoryService repositoryService, SupportFlowProperties properties) {
    this.repositoryService = repositoryService;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    deploy(PROCESSES_DEPLOYMENT, null, "bpmn/", "**/*.bpmn", "**/*.form");
    for (String tenant : properties.tenants().keySet()) {
      deploy(DECISIONS_DEPLOYMENT_PREFIX + tenant, tenant, "dmn/" + tenant + "/", "**/*.dmn");
    }
  }

  private void deploy(String name, String tenantId, String folder, String... patterns) {
    List<Resource> resources = find(folder, patterns);
    if (resources.isEmpty()) {
      log.warn("No models under {} for deployment {}", folder, name);
      return;
    }
    DeploymentBuilder builder =
        repositoryService
            .createDeployment()
            .name(name)
            .source("supportflow")
            .tenantId(tenantId)
            .enableDuplicateFiltering(false);
    for (Resource resource : resources) {
      builder.addInputStream(folder + relativeName(resource, folder), read(resource));
    }
    Deployment deployment = builder.deployWithResult();
    log.info(
        "Policy deployment {} (tenant {}): {} resources, id {}",
        name,
        tenantId,
        resources.size(),
        deployment.getId());
  }

  private List<Resource> find(String folder, String... patterns) {
    List<Resource> found = new ArrayList<>();
    for (String pattern : patterns) {
      try {
        found.addAll(
            Arrays.asList(resolver.getResources(properties.policyLocation(folder) + pattern)));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + folder + pattern, e);
      }
    }
    found.sort(Comparator.comparing(r -> relativeName(r, folder)));
    return found;
  }

  /**
   * The path below the folder, so a resource keeps its name wherever the folder lives (jar or
   * disk).
   */
  private static String relativeName(Resource resource, String folder) {
    try {
      String url = resource.getURL().toString();
      int at = url.lastIndexOf("/" + folder);
      return at < 0 ? resource.getFilename() : url.substring(at + folder.length() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream read(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
