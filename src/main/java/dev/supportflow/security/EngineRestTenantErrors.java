package dev.supportflow.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Engine REST answers 404, as for an unknown id, when the engine's tenant check refuses to work on
 * a task or instance of another tenant (Camunda's own handlers answer 500 there). Every other error
 * keeps Camunda's answer.
 */
@Component
class EngineRestTenantErrors implements ResourceConfigCustomizer {

  /**
   * What the engine says when the caller's tenants do not include the object's (ENGINE-13034 and
   * kin).
   */
  static final String TENANT_CHECK = "belongs to no authenticated tenant";

  @Override
  public void customize(ResourceConfig config) {
    config.register(EngineExceptions.class);
    config.register(RestExceptions.class);
  }

  static boolean tenantCheck(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(TENANT_CHECK)) {
        return true;
      }
    }
    return false;
  }

  static Response notFound() {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "InvalidRequestException", "message", "Not found in your tenants."))
        .build();
  }

  @Priority(1)
  static class EngineExceptions implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException e) {
      return tenantCheck(e) ? notFound() : camunda.toResponse(e);
    }
  }

  @Priority(1)
  static class RestExceptions implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException e) {
      return tenantCheck(e) ? notFound() : camunda.toResponse(e);
    }
  }
}
