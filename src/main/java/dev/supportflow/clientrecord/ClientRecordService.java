package dev.supportflow.clientrecord;

import dev.supportflow.billing.ConsentService;
import dev.supportflow.billing.Quote;
import dev.supportflow.billing.QuoteRepository;
import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import dev.supportflow.web.Paging;
import java.util.List;

/**
 * Reading client records and answering their quotes, for the callers allowed to (C-5, {@link
 * Caller#mayRead}: a record the caller may not read is a 404, like an unknown or malformed id). A
 * feature's service adds how its records are requested, and says how the API shows one.
 */
public abstract class ClientRecordService<R extends ClientRecord, S extends Enum<S>, V> {

  private final ClientRecordTable<R, S> records;
  private final QuoteRepository quotes;
  private final ConsentService consents;

  protected ClientRecordService(
      ClientRecordTable<R, S> records, QuoteRepository quotes, ConsentService consents) {
    this.records = records;
    this.quotes = quotes;
    this.consents = consents;
  }

  /**
   * The record as the API shows it: its newest quote, and its timeline on a single read (else
   * null).
   */
  protected abstract V view(String id, R record, Quote quote, List<TimelineEntry> timeline);

  /** The record with its timeline. */
  public V get(Caller caller, String id) {
    return view(readable(caller, id), true);
  }

  /** The records the caller may read ({@link Caller#readScope}), newest first, one page. */
  public List<V> list(Caller caller, S status, int page, int size) {
    Paging paging = new Paging(page, size);
    return caller
        .readScope()
        .map(scope -> records.list(scope.tenant(), scope.clientId(), status, paging))
        .orElse(List.of())
        .stream()
        .map(record -> view(record, false))
        .toList();
  }

  /**
   * The client's answer to the record's quote (who may answer, and whether a quote waits: {@link
   * ConsentService}).
   */
  public V answer(Caller caller, String id, boolean accept) {
    readable(caller, id);
    consents.answer(caller, records.type(), id, accept);
    return get(caller, id);
  }

  protected R readable(Caller caller, String id) {
    ClientRecordType type = records.recordType();
    return type.number(id)
        .flatMap(records::find)
        .filter(record -> type.id(record.tenant(), record.number()).equals(id))
        .filter(record -> caller.mayRead(record.tenant(), record.clientId()))
        .orElseThrow(() -> ApiException.notFound("No " + type.table() + " " + id + "."));
  }

  protected V view(long number, boolean withTimeline) {
    return view(records.find(number).orElseThrow(), withTimeline);
  }

  /** The record as the API shows it, with its timeline or (in lists) without. */
  protected V view(R record, boolean withTimeline) {
    String id = records.recordType().id(record.tenant(), record.number());
    return view(
        id,
        record,
        quotes.latest(records.type(), id).orElse(null),
        withTimeline ? records.timeline(record.number()) : null);
  }
}
