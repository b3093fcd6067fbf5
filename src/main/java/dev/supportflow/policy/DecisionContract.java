package dev.supportflow.policy;

import java.util.List;
import java.util.Map;

/**
 * The columns the processes rely on, per decision key: every tenant's table has exactly these
 * inputs (label, FEEL expression, type) and outputs (name, type). A tenant changes rows, not
 * columns (DESIGN, C-4).
 */
final class DecisionContract {

  record Column(String name, String typeRef, String expression) {

    static Column in(String name, String typeRef) {
      return new Column(name, typeRef, name);
    }

    static Column out(String name, String typeRef) {
      return new Column(name, typeRef, null);
    }

    @Override
    public String toString() {
      return expression == null || expression.equals(name)
          ? name + ": " + typeRef
          : name + " = " + expression + ": " + typeRef;
    }
  }

  record Columns(List<Column> inputs, List<Column> outputs) {}

  static final Map<String, Columns> BY_KEY =
      Map.of(
          "emergency",
              new Columns(
                  List.of(
                      Column.in("symptom", "string"),
                      Column.in("type", "string"),
                      Column.in("auctionInProgress", "boolean")),
                  List.of(
                      Column.out("emergency", "boolean"), Column.out("emergencyReason", "string"))),
          "channel-policy",
              new Columns(
                  List.of(
                      Column.in("channel", "string"),
                      Column.in("type", "string"),
                      Column.in("emergency", "boolean"),
                      Column.in("outOfHours", "boolean"),
                      Column.in("tier", "string"),
                      Column.in("dedicatedDeveloper", "string"),
                      Column.in("consulting", "boolean")),
                  List.of(
                      Column.out("channelOutcome", "string"),
                      Column.out("routeTo", "string"),
                      Column.out("outOfHoursHandling", "string"),
                      Column.out("reply", "string"),
                      Column.out("channelRule", "string"))),
          "scope-triage",
              new Columns(
                  List.of(
                      Column.in("type", "string"),
                      Column.in("topic", "string"),
                      new Column(
                          "productPurchased",
                          "boolean",
                          "if product = null then null else list contains(split("
                              + "if products = null then \"\" else products, \",\"), product)"),
                      Column.in("deployment", "string"),
                      Column.in("database", "string")),
                  List.of(
                      Column.out("scopeOutcome", "string"),
                      Column.out("workItem", "string"),
                      Column.out("scopeReply", "string"),
                      Column.out("scopeRule", "string"))),
          "sla-targets",
              new Columns(
                  List.of(
                      Column.in("type", "string"),
                      Column.in("service", "string"),
                      Column.in("emergency", "boolean"),
                      Column.in("outOfHours", "boolean"),
                      Column.in("auctionInProgress", "boolean"),
                      Column.in("channel", "string"),
                      Column.in("billable", "boolean")),
                  List.of(
                      Column.out("slaApplies", "boolean"),
                      Column.out("firstResponse", "string"),
                      Column.out("firstResponseClock", "string"),
                      Column.out("resolution", "string"),
                      Column.out("resolutionClock", "string"),
                      Column.out("slaRule", "string"))),
          "ticket-lifecycle",
              new Columns(
                  List.of(Column.in("type", "string"), Column.in("emergency", "boolean")),
                  List.of(
                      Column.out("reminderAfter", "string"),
                      Column.out("reminderAfterClock", "string"),
                      Column.out("closeAfter", "string"),
                      Column.out("closeAfterClock", "string"),
                      Column.out("reopenWindow", "string"),
                      Column.out("reopenWindowClock", "string"),
                      Column.out("lifecycleRule", "string"))),
          "notification-policy",
              new Columns(
                  List.of(
                      Column.in("notice", "string"),
                      Column.in("emergency", "boolean"),
                      Column.in("inBusinessHours", "boolean")),
                  List.of(
                      Column.out("delivery", "string"), Column.out("notificationRule", "string"))),
          "billing",
              new Columns(
                  List.of(Column.in("workKind", "string"), Column.in("agreedRate", "number")),
                  List.of(
                      Column.out("billable", "boolean"),
                      Column.out("hourlyRate", "number"),
                      Column.out("minimumHours", "number"),
                      Column.out("quoteValidity", "string"),
                      Column.out("currency", "string"),
                      Column.out("quoteNotice", "string"),
                      Column.out("billingRule", "string"))));

  private DecisionContract() {}
}
