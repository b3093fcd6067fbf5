package dev.supportflow.intervention;

/**
 * What the client asks the vendor to do on its installation (O-9, O-12). The name is the {@code
 * workKind} the tenant's {@code billing} table reads: whether a kind is billed is the table's call,
 * not this enum's.
 */
public enum InterventionKind {
  UPDATE("Atualização"),
  MIGRATION("Migração"),
  REINSTALLATION("Reinstalação"),
  CUSTOMIZATION("Customização");

  /** How staff forms name it. */
  final String label;

  InterventionKind(String label) {
    this.label = label;
  }
}
