package dev.supportflow.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.supportflow.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task's completion may set only that task's own fields: the variables its Camunda Form lets the
 * user change. Anything else (a ticket's {@code clientId}, {@code emergency}, …) is refused with
 * 400 problem+json naming the variables, before the engine runs, so a caller allowed to complete a
 * task cannot rewrite the facts the process reads later. Covers every engine REST call that writes
 * variables through a task — {@code complete}, {@code submit-form}, {@code resolve}, {@code
 * bpmnError}, {@code bpmnEscalation} and the task's {@code variables}/{@code localVariables} — on
 * {@code /engine-rest} and on the webapps' engine API that Tasklist uses ({@code
 * /camunda/api/engine/engine/{name}/…}).
 *
 * <p>Tasklist submits every field of a Camunda Form, the read-only ones too. On {@code complete}
 * and {@code submit-form} a read-only field is therefore accepted when its value is the one the
 * process holds (or empty where the process holds none), and dropped from the body the engine
 * receives: the engine writes only the task's own fields. A read-only field with another value is
 * refused like a stranger.
 *
 * <p>Why a servlet filter: a task listener on {@code complete} runs after the variables are set and
 * cannot tell which came with the call. The filter checks the task as the caller sees it (another
 * tenant's task passes through untouched and the engine answers 404, as before); forms are read
 * once per deployment and form.
 */
class TaskFieldsFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(TaskFieldsFilter.class);

  /** Bodies are buffered to be checked: the same cap as the API's. */
  static final int LIMIT = 256 * 1024;

  private static final Pattern ACTION =
      Pattern.compile("/task/([^/]+)/(complete|submit-form|resolve|bpmnError|bpmnEscalation)/?");
  private static final Pattern MODIFICATIONS =
      Pattern.compile("/task/([^/]+)/(?:variables|localVariables)/?");
  private static final Pattern ONE_VARIABLE =
      Pattern.compile("/task/([^/]+)/(?:variables|localVariables)/([^/]+)(?:/data)?/?");
  private static final Pattern NAMED_ENGINE = Pattern.compile("/engine/([^/]+)(/task/.*)");

  /**
   * Engine REST's date format (Camunda's JacksonConfigurator), for comparing a date shown on a
   * form.
   */
  private static final String REST_DATE = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

  private enum Kind {
    ACTION,
    MODIFICATIONS,
    ONE_VARIABLE
  }

  private record Target(
      Kind kind, String taskId, String variable, String engineName, boolean webapp) {}

  private record Refusal(String field, String message) {}

  private final TaskService taskService;
  private final FormService formService;
  private final IdentityService identityService;
  private final ProblemResponses problems;
  private final String webappEngineApi;
  private final ObjectMapper json =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();
  private final Cache<String, TaskFormFields> forms =
      Caffeine.newBuilder().maximumSize(1_000).build();

  TaskFieldsFilter(ProcessEngine engine, ProblemResponses problems, String webappPath) {
    this.taskService = engine.getTaskService();
    this.formService = engine.getFormService();
    this.identityService = engine.getIdentityService();
    this.problems = problems;
    this.webappEngineApi = webappPath + "/api/engine";
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return target(request) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Target target = target(request);
    Authentication caller = caller(request, target);
    if (caller == null) {
      chain.doFilter(request, response); // not logged in: engine REST or the webapp refuses it
      return;
    }
    byte[] body = null;
    if (target.kind() != Kind.ONE_VARIABLE) {
      body = read(request);
      if (body == null) {
        problems.write(
            response,
            HttpStatus.PAYLOAD_TOO_LARGE,
            "Payload too large",
            "The request body is larger than " + LIMIT + " bytes.",
            false);
        return;
      }
    }
    Task task =
        as(caller, () -> taskService.createTaskQuery().taskId(target.taskId()).singleResult());
    if (task == null) {
      chain.doFilter(body == null ? request : new BufferedBody(request, body), response);
      return; // unknown, or not the caller's to see: the engine answers as it always did
    }

    JsonNode root;
    try {
      root = body == null || isBlank(body) ? json.createObjectNode() : json.readTree(body);
    } catch (JsonProcessingException e) {
      problems.write(
          response,
          HttpStatus.BAD_REQUEST,
          "Malformed request body",
          "The request body is not a valid JSON object.",
          false);
      return;
    }
    if (!root.isObject()) {
      problems.write(
          response,
          HttpStatus.BAD_REQUEST,
          "Malformed request body",
          "The request body is not a valid JSON object.",
          false);
      return;
    }

    TaskFormFields fields = as(null, () -> fieldsOf(task));
    List<Refusal> refused = new ArrayList<>();
    Set<String> unchanged = new LinkedHashSet<>();
    switch (target.kind()) {
      case ACTION -> {
        for (Map.Entry<String, JsonNode> variable : properties(root.path("variables"))) {
          String name = variable.getKey();
          if (fields.writable().contains(name)) {
            continue;
          }
          if (fields.readOnly().contains(name)
              && sameAsProcess(task.getId(), name, variable.getValue())) {
            unchanged.add(name);
          } else {
            refused.add(refusal(fields, name));
          }
        }
      }
      case MODIFICATIONS -> {
        for (Map.Entry<String, JsonNode> variable : properties(root.path("modifications"))) {
          if (!fields.writable().contains(variable.getKey())) {
            refused.add(refusal(fields, variable.getKey()));
          }
        }
        for (JsonNode deletion : root.path("deletions")) {
          if (!fields.writable().contains(deletion.asText())) {
            refused.add(refusal(fields, deletion.asText()));
          }
        }
      }
      case ONE_VARIABLE -> {
        if (!fields.writable().contains(target.variable())) {
          refused.add(refusal(fields, target.variable()));
        }
      }
    }

    if (!refused.isEmpty()) {
      refuse(response, task, fields, refused);
      return;
    }
    if (!unchanged.isEmpty()) {
      ((ObjectNode) root.get("variables")).remove(unchanged);
      body = json.writeValueAsBytes(root);
    }
    chain.doFilter(body == null ? request : new BufferedBody(request, body), response);
  }

  private void refuse(
      HttpServletResponse response, Task task, TaskFormFields fields, List<Refusal> refused)
      throws IOException {
    List<String> names = refused.stream().map(Refusal::field).distinct().toList();
    String own =
        fields.writable().isEmpty()
            ? "none"
            : String.join(", ", fields.writable().stream().sorted().toList());
    String detail =
        "Task '"
            + task.getName()
            + "' ("
            + task.getTaskDefinitionKey()
            + ") may set only the fields of "
            + (fields.formId() == null
                ? "its form (it has none)"
                : "its form '" + fields.formId() + "'")
            + ": "
            + own
            + ". Refused: "
            + String.join(", ", names)
            + ".";
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(
        "errors",
        refused.stream().map(r -> Map.of("field", r.field(), "message", r.message())).toList());
    // Camunda's own clients (Tasklist, Modeler) show an error's "message".
    properties.put("message", detail);
    problems.write(
        response, HttpStatus.BAD_REQUEST, "Not this task's fields", detail, false, properties);
  }

  private static Refusal refusal(TaskFormFields fields, String name) {
    return new Refusal(
        name,
        fields.readOnly().contains(name)
            ? "read-only on this task's form: the process keeps its value"
            : "not a field of this task's form");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Which request, and whose

  private Target target(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"POST".equals(method) && !"PUT".equals(method) && !"DELETE".equals(method)) {
      return null;
    }
    // Decoded and normalized by the container, as the servlets see it (the raw URI may be
    // percent-encoded).
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String rest;
    String engineName = null;
    boolean webapp;
    if (path.startsWith("/engine-rest/")) {
      rest = path.substring("/engine-rest".length());
      webapp = false;
    } else if (path.startsWith(webappEngineApi + "/")) {
      rest = path.substring(webappEngineApi.length());
      webapp = true;
    } else {
      return null;
    }
    Matcher named = NAMED_ENGINE.matcher(rest);
    if (named.matches()) {
      engineName = named.group(1);
      rest = named.group(2);
    } else if (webapp) {
      return null; // the webapps always name the engine
    }
    Matcher m;
    if ((m = ACTION.matcher(rest)).matches() && "POST".equals(method)) {
      return new Target(Kind.ACTION, m.group(1), null, engineName, webapp);
    }
    if ((m = MODIFICATIONS.matcher(rest)).matches() && "POST".equals(method)) {
      return new Target(Kind.MODIFICATIONS, m.group(1), null, engineName, webapp);
    }
    if ((m = ONE_VARIABLE.matcher(rest)).matches()) {
      return new Target(Kind.ONE_VARIABLE, m.group(1), m.group(2), engineName, webapp);
    }
    return null;
  }

  /**
   * Engine REST: the caller Spring Security authenticated. Webapps: the user logged in to this
   * session.
   */
  private static Authentication caller(HttpServletRequest request, Target target) {
    if (!target.webapp()) {
      var authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
        return new Authentication(
            caller.userId(), List.copyOf(caller.groups()), List.copyOf(caller.tenantIds()));
      }
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    var webappUser =
        AuthenticationUtil.getAuthsFromSession(session)
            .getAuthenticationForProcessEngine(target.engineName());
    if (webappUser instanceof UserAuthentication user) {
      return new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
    }
    return null;
  }

  /**
   * Runs engine calls as this authentication ({@code null}: as the system), restoring whatever was
   * set before.
   */
  private <T> T as(Authentication authentication, Supplier<T> work) {
    Authentication previous = identityService.getCurrentAuthentication();
    if (authentication == null) {
      identityService.clearAuthentication();
    } else {
      identityService.setAuthentication(authentication);
    }
    try {
      return work.get();
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The task's form

  private TaskFormFields fieldsOf(Task visible) {
    Task task =
        taskService.createTaskQuery().taskId(visible.getId()).initializeFormKeys().singleResult();
    if (task == null) {
      return TaskFormFields.none();
    }
    String key = cacheKey(task);
    TaskFormFields cached = key == null ? null : forms.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    if (task.getCamundaFormRef() == null
        && (task.getFormKey() == null || !task.getFormKey().startsWith("camunda-forms:"))) {
      return TaskFormFields.none();
    }
    TaskFormFields loaded;
    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      JsonNode schema = json.readTree(form);
      loaded =
          schema != null && schema.has("components")
              ? TaskFormFields.of(schema)
              : TaskFormFields.none();
    } catch (ProcessEngineException | IOException e) {
      // Not cached: the next completion tries again. Meanwhile the task takes no variables.
      log.warn(
          "Could not read the form of task {} ({}): {}",
          task.getId(),
          task.getTaskDefinitionKey(),
          e.getMessage());
      return TaskFormFields.none();
    }
    if (key != null) {
      forms.put(key, loaded);
    }
    return loaded;
  }

  /**
   * Forms bound to their process's deployment, or to a fixed version, never change: cache those.
   */
  private static String cacheKey(Task task) {
    CamundaFormRef ref = task.getCamundaFormRef();
    if (ref != null) {
      return switch (String.valueOf(ref.getBinding())) {
        case "deployment" -> task.getProcessDefinitionId() + "|" + ref.getKey();
        case "version" -> task.getTenantId() + "|" + ref.getKey() + "|v" + ref.getVersion();
        default -> null; // "latest" follows new deployments
      };
    }
    String formKey = task.getFormKey();
    if (formKey != null && formKey.startsWith("camunda-forms:deployment:")) {
      return task.getProcessDefinitionId() + "|" + formKey;
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Values

  /**
   * Whether a submitted read-only value ({@code {"value": …, "type": …}}) is what the process
   * holds.
   */
  private boolean sameAsProcess(String taskId, String name, JsonNode submitted) {
    JsonNode value = submitted == null ? null : submitted.get("value");
    TypedValue current = as(null, () -> taskService.getVariableTyped(taskId, name, false));
    Object held =
        current == null
            ? null
            : current instanceof SerializableValue serializable
                ? serializable.getValueSerialized()
                : current.getValue();
    if (value == null || value.isNull()) {
      return held == null;
    }
    if (held == null) {
      // What a form shows for a variable the process does not hold: an empty text, an unticked box,
      // no items.
      return (value.isTextual() && value.asText().isEmpty())
          || (value.isBoolean() && !value.booleanValue())
          || (value.isContainerNode() && value.isEmpty());
    }
    if (held instanceof Number number && value.isNumber()) {
      return new BigDecimal(number.toString()).compareTo(value.decimalValue()) == 0;
    }
    if (held instanceof Boolean flag && value.isBoolean()) {
      return flag == value.booleanValue();
    }
    if (held instanceof Date date && value.isTextual()) {
      try {
        return new SimpleDateFormat(REST_DATE).parse(value.asText()).equals(date);
      } catch (ParseException e) {
        return false;
      }
    }
    if (current instanceof SerializableValue) {
      try {
        return json.readTree(held.toString())
            .equals(value.isTextual() ? json.readTree(value.asText()) : value);
      } catch (JsonProcessingException e) {
        return held.toString().equals(value.asText());
      }
    }
    return value.isValueNode() && String.valueOf(held).equals(value.asText());
  }

  private static Iterable<Map.Entry<String, JsonNode>> properties(JsonNode object) {
    return object.isObject() ? object::fields : Collections::emptyIterator;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The body, read once and handed on

  /** The whole body, or null when it is larger than {@link #LIMIT}. */
  private static byte[] read(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > LIMIT) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = request.getInputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > LIMIT) {
          return null;
        }
      }
    }
    return out.toByteArray();
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The request with its body read from memory (checked, possibly without the unchanged read-only
   * fields).
   */
  private static final class BufferedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException(
              "The body has been read already; no asynchronous reading");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              new ByteArrayInputStream(body),
              encoding == null
                  ? StandardCharsets.UTF_8
                  : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public String getHeader(String name) {
      return "Content-Length".equalsIgnoreCase(name)
          ? Integer.toString(body.length)
          : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return "Content-Length".equalsIgnoreCase(name)
          ? Collections.enumeration(List.of(Integer.toString(body.length)))
          : super.getHeaders(name);
    }

    @Override
    public int getIntHeader(String name) {
      return "Content-Length".equalsIgnoreCase(name) ? body.length : super.getIntHeader(name);
    }
  }
}
