package dev.supportflow.policy;

import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.FeelEngine.UnaryTests$;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine, but each expression of a table is parsed once instead of on every
 * evaluation (feel-scala 1.19 parses every input entry and output of every rule each time a table
 * is evaluated: about a fifth of an intake's CPU). Evaluation is Camunda's own: same variables,
 * same value mappers, same errors. The caches hold the text of deployed tables' cells, so they grow
 * only with the models.
 */
class CachingFeelEngine extends ScalaFeelEngine {

  private final ConcurrentHashMap<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

  CachingFeelEngine() {
    super(List.of());
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
    VariableProvider variables = new ContextVariableWrapper(variableContext);
    return (T) value(feelEngine.eval(parsed, context(variables)));
  }

  @Override
  public boolean evaluateSimpleUnaryTests(
      String expression, String inputVariable, VariableContext variableContext) {
    ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
    StaticVariableProvider input =
        new StaticVariableProvider(
            new Map.Map1<>(UnaryTests$.MODULE$.inputVariable(), inputVariable));
    VariableProvider variables =
        new CompositeVariableProvider(
            toScalaList(input, new ContextVariableWrapper(variableContext)));
    return BoxesRunTime.unboxToBoolean(value(feelEngine.eval(parsed, context(variables))));
  }

  private static ParsedExpression parsed(
      ConcurrentHashMap<String, ParsedExpression> cache,
      String expression,
      Function<String, Either<Failure, ParsedExpression>> parser) {
    ParsedExpression known = cache.get(expression);
    if (known != null) {
      return known;
    }
    ParsedExpression parsed = value(parser.apply(expression));
    cache.putIfAbsent(expression, parsed);
    return parsed;
  }

  private static <V> V value(Either<Failure, V> result) {
    if (result instanceof Right<Failure, V> right) {
      return right.value();
    }
    throw LOGGER.evaluationException(((Left<Failure, V>) result).value().message());
  }

  private static CustomContext context(VariableProvider variables) {
    return new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return variables;
      }
    };
  }

  /** Plugged into the engine's DMN configuration (see PolicyConfiguration). */
  static final class Factory implements FeelEngineFactory {

    private final CachingFeelEngine engine = new CachingFeelEngine();

    @Override
    public FeelEngine createInstance() {
      return engine;
    }
  }
}
