package dev.supportflow.clientrecord;

import dev.supportflow.security.Caller;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@link ClientRecordController} for the records a client asks for with a plain {@code POST /}
 * (meetings, trainings, interventions): {@code 201}, the record's address in {@code Location}, and
 * its view.
 */
public abstract class RequestedRecordController<Q, S extends Enum<S>, V>
    extends ClientRecordController<S, V> {

  private final BiFunction<Caller, Q, V> requests;
  private final Function<V, String> ids;
  private final String path;

  protected RequestedRecordController(
      ClientRecordService<?, S, V> records,
      BiFunction<Caller, Q, V> requests,
      Function<V, String> ids) {
    super(records);
    this.requests = requests;
    this.ids = ids;
    this.path =
        AnnotatedElementUtils.findMergedAnnotation(getClass(), RequestMapping.class).path()[0];
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<V> request(
      @AuthenticationPrincipal Caller caller, @Valid @RequestBody Q request) {
    V created = requests.apply(caller, request);
    return ResponseEntity.created(URI.create(path + "/" + ids.apply(created))).body(created);
  }
}
