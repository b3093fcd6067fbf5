package dev.supportflow.policy;

import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.impl.DmnModelConstants;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Decision tables are written in FEEL, which reads the values it is given and nothing else. A cell
 * in JUEL or a script language ({@code expressionLanguage="juel"}, {@code "groovy"}, on a cell or
 * for the whole file) would call Java and the application's beans inside the server: whoever may
 * deploy or simulate a table (a process owner) could then act as the server. Such a file is refused
 * at deployment and by the policy simulation alike.
 */
public final class FeelOnly {

  private static final Set<String> FEEL =
      Set.of(
          "feel",
          DmnModelConstants.FEEL_NS.toLowerCase(Locale.ROOT),
          DmnModelConstants.FEEL12_NS.toLowerCase(Locale.ROOT),
          DmnModelConstants.FEEL13_NS.toLowerCase(Locale.ROOT),
          DmnModelConstants.FEEL14_NS.toLowerCase(Locale.ROOT),
          DmnModelConstants.FEEL15_NS.toLowerCase(Locale.ROOT));

  private FeelOnly() {}

  /** What is not FEEL in the file ("cell OutputEntry_1 is in 'juel'"), or null when all is. */
  public static String problem(DmnModelInstance model) {
    String language = model.getDefinitions().getExpressionLanguage();
    if (!isFeel(language)) {
      return "sets the expression language '" + language + "' for the whole file";
    }
    for (LiteralExpression expression : model.getModelElementsByType(LiteralExpression.class)) {
      if (!isFeel(expression.getExpressionLanguage())) {
        return cell(expression, expression.getExpressionLanguage());
      }
    }
    for (UnaryTests tests : model.getModelElementsByType(UnaryTests.class)) {
      if (!isFeel(tests.getExpressionLanguage())) {
        return cell(tests, tests.getExpressionLanguage());
      }
    }
    return null;
  }

  private static boolean isFeel(String language) {
    return language == null
        || language.isBlank()
        || FEEL.contains(language.toLowerCase(Locale.ROOT));
  }

  private static String cell(ModelElementInstance element, String language) {
    return "has the cell "
        + element.getAttributeValue("id")
        + " in '"
        + language
        + "'; tables are FEEL only (JUEL and scripts would run code in the server)";
  }
}
