package dev.supportflow.clientrecord;

import dev.supportflow.billing.ConsentAnswer;
import dev.supportflow.security.Caller;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The endpoints every client record has under its feature's path: {@code GET /}, {@code GET /{id}},
 * {@code POST /{id}/consent} (docs/api.md, "Dates, lists and answers to quotes"). A feature's
 * controller maps its path and adds its own endpoints.
 */
public abstract class ClientRecordController<S extends Enum<S>, V> {

  private final ClientRecordService<?, S, V> records;

  protected ClientRecordController(ClientRecordService<?, S, V> records) {
    this.records = records;
  }

  @GetMapping
  public List<V> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) S status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return records.list(caller, status, page, size);
  }

  @GetMapping("/{id}")
  public V get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return records.get(caller, id);
  }

  @PostMapping(path = "/{id}/consent", consumes = MediaType.APPLICATION_JSON_VALUE)
  public V consent(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @Valid @RequestBody ConsentAnswer answer) {
    return records.answer(caller, id, answer.accept());
  }
}
