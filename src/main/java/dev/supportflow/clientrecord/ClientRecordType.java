package dev.supportflow.clientrecord;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind of client record: its name (the {@code subjectType} of the consent gate, the timeline's
 * {@code record_type}), its table (keyed by {@code <table>_number}) and its ids as people say them:
 * a prefix and the row's number, {@code MTG-000123}; tickets take their tenant's prefix ({@code
 * LEI-000123}).
 */
public final class ClientRecordType {

  private static final Pattern ID = Pattern.compile("([A-Z]{2,10})-(\\d{1,18})");

  private final String name;
  private final String table;
  private final UnaryOperator<String> prefixOfTenant;
  private final Set<String> prefixes;

  private ClientRecordType(
      String name, String table, UnaryOperator<String> prefixOfTenant, Set<String> prefixes) {
    this.name = name;
    this.table = table;
    this.prefixOfTenant = prefixOfTenant;
    this.prefixes = prefixes;
  }

  public static ClientRecordType withPrefix(String name, String table, String prefix) {
    return new ClientRecordType(name, table, tenant -> prefix, Set.of(prefix));
  }

  public static ClientRecordType withTenantPrefixes(
      String name, String table, Map<String, String> prefixByTenant) {
    return new ClientRecordType(
        name, table, prefixByTenant::get, Set.copyOf(prefixByTenant.values()));
  }

  public String name() {
    return name;
  }

  public String table() {
    return table;
  }

  public String id(String tenant, long number) {
    return format(prefixOfTenant.apply(tenant), number);
  }

  /**
   * The number of a well-formed id of this type: a known prefix, and written the one way {@link
   * #id} writes it ({@code MTG-12} is not an id; {@code MTG-000012} is).
   */
  public Optional<Long> number(String id) {
    Matcher m = id == null ? null : ID.matcher(id);
    if (m == null || !m.matches() || !prefixes.contains(m.group(1))) {
      return Optional.empty();
    }
    long number = Long.parseLong(m.group(2));
    return format(m.group(1), number).equals(id) ? Optional.of(number) : Optional.empty();
  }

  /**
   * The number of an id this application made (a business key, a subject id): anything else is a
   * bug.
   */
  public long numberOf(String id) {
    return number(id).orElseThrow(() -> new IllegalStateException("Not a " + table + " id: " + id));
  }

  private static String format(String prefix, long number) {
    return "%s-%06d".formatted(prefix, number);
  }
}
