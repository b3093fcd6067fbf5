package dev.supportflow.policyrecord;

import dev.supportflow.security.Caller;
import dev.supportflow.security.Groups;
import dev.supportflow.web.ApiException;
import dev.supportflow.web.Paging;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who deployed which version of the tenant's policy, and when: for its supervisors and owners. */
@RestController
@RequestMapping(path = "/api/policy/deployments", produces = MediaType.APPLICATION_JSON_VALUE)
class PolicyDeploymentController {

  private final PolicyDeployments deployments;

  PolicyDeploymentController(PolicyDeployments deployments) {
    this.deployments = deployments;
  }

  @GetMapping
  List<PolicyDeployment> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String tenant,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging paging = new Paging(page, size);
    return deployments.newestFirst(tenantOf(caller, tenant), paging);
  }

  /** The caller's one tenant or the one named (admins must name one). */
  private static String tenantOf(Caller caller, String requested) {
    if (!caller.isAdmin()
        && !caller.groups().contains(Groups.SUPERVISORS)
        && !caller.groups().contains(Groups.PROCESS_OWNERS)) {
      throw ApiException.forbidden(
          "Only supervisors, process owners and admins see the policy deployments.");
    }
    return caller.tenantFor(requested);
  }
}
