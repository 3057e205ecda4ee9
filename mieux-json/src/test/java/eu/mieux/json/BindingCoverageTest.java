package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.google.common.reflect.ClassPath;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.testing.ModelArbitraries;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * Guards against model additions that the binding silently drops: every Immutables value type of
 * {@code eu.mieux.model} has its mix-ins registered in {@link MieuxModule}, every attribute is a
 * written property, and every non-empty attribute of a generated value is in the JSON and survives
 * the round trip.
 *
 * <p>Immutables' annotations are not retained at run time, so a value type is recognised by its
 * shape: an abstract class of {@code eu.mieux.model..} with a nested {@code Builder} that extends
 * the generated {@code Immutable*.Builder}; its attributes are the generated class's final
 * instance fields.
 */
class BindingCoverageTest extends JsonTestBase {

  /** Types read by a registered deserializer instead of through a builder mix-in. */
  private static final Set<Class<?>> READ_BY_DESERIALIZER = Set.of(Reason.class);

  /** Values sampled from each generator. */
  private static final int SAMPLES = 60;

  static List<Class<?>> valueTypes() {
    try {
      List<Class<?>> types = new ArrayList<>();
      for (ClassPath.ClassInfo info : ClassPath.from(BindingCoverageTest.class.getClassLoader())
          .getTopLevelClassesRecursive("eu.mieux.model")) {
        Class<?> type = info.load();
        if (builderOf(type).isPresent()) {
          types.add(type);
        }
      }
      return types;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Optional<Class<?>> builderOf(Class<?> type) {
    if (!Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
      return Optional.empty();
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder") && nested.getSuperclass() != null
          && nested.getSuperclass().getEnclosingClass() != null
          && nested.getSuperclass().getEnclosingClass().getSimpleName().startsWith("Immutable")) {
        return Optional.of(nested);
      }
    }
    return Optional.empty();
  }

  /** The attributes of a value type: the final instance fields of its generated class. */
  static Map<String, Field> attributes(Class<?> type) {
    Class<?> generated = builderOf(type).orElseThrow().getSuperclass().getEnclosingClass();
    return java.util.Arrays.stream(generated.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()))
        .peek(f -> f.setAccessible(true))
        .collect(Collectors.toMap(Field::getName, f -> f, (a, b) -> a, java.util.TreeMap::new));
  }

  private static Set<String> writtenProperties(Class<?> type) {
    BeanDescription description = mapper().getSerializationConfig().introspect(mapper().constructType(type));
    return description.findProperties().stream().filter(BeanPropertyDefinition::couldSerialize)
        .map(BeanPropertyDefinition::getName).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theScanFindsTheModel() {
    List<String> names = valueTypes().stream().map(Class::getSimpleName).toList();
    assertTrue(names.containsAll(List.of("Action", "StatusChange", "Finding", "CaseStudy", "Roster", "Evaluation",
        "RegisterEntry", "Reason")), names.toString());
    assertTrue(names.size() >= 34, names.toString());
  }

  /** Fails when a model type (or its builder) has no mix-in: add one and register it in MieuxModule. */
  @Test
  void everyValueTypeHasItsMixIns() {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : valueTypes()) {
      if (mapper().getSerializationConfig().findMixInClassFor(type) == null) {
        problems.add(type.getName() + " has no mix-in registered in MieuxModule");
      }
      Class<?> builder = builderOf(type).orElseThrow();
      if (!READ_BY_DESERIALIZER.contains(type)
          && mapper().getDeserializationConfig().findMixInClassFor(builder) == null) {
        problems.add(builder.getName() + " has no builder mix-in registered in MieuxModule");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** Fails when an attribute is not written: a value with it set would lose it on write. */
  @Test
  void everyAttributeIsAWrittenProperty() {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : valueTypes()) {
      Set<String> written = writtenProperties(type);
      for (String attribute : attributes(type).keySet()) {
        if (!written.contains(attribute)) {
          problems.add(type.getSimpleName() + "." + attribute + "() is not written (written: " + written + ")");
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /**
   * Over values sampled from every model generator (a plain loop: jqwik's shrinking of a
   * {@code oneOf} over so many nested {@code flatMap}s is slow), every non-empty attribute is in the
   * written JSON and equal after reading it back.
   */
  @Test
  void everyNonEmptyAttributeIsWrittenAndSurvives() throws IllegalAccessException {
    for (Arbitrary<?> arbitrary : generators()) {
      for (Object value : arbitrary.sampleStream().limit(SAMPLES).toList()) {
        Class<?> type = valueTypeOf(value.getClass());
        JsonNode tree = mapper().valueToTree(value);
        Object back = MieuxJson.read(MieuxJson.write(value), type);
        assertEquals(value, back);
        for (Map.Entry<String, Field> attribute : attributes(type).entrySet()) {
          Object v = attribute.getValue().get(value);
          // Immutables stores an absent Optional as a null field
          boolean empty = v == null || v instanceof Optional<?> o && o.isEmpty() || v instanceof Collection<?> c && c.isEmpty()
              // defaults the mix-ins leave out so that older documents write back unchanged (issue 15)
              || v == eu.mieux.model.action.ActionType.CLASSIC
              || attribute.getKey().equals("reviewedByEuDelegation") && Boolean.FALSE.equals(v);
          if (!empty) {
            assertTrue(tree.has(attribute.getKey()), () -> type.getSimpleName() + "." + attribute.getKey()
                + " is not written in " + tree);
          }
          assertEquals(v, attribute.getValue().get(back), type.getSimpleName() + "." + attribute.getKey());
        }
      }
    }
  }

  private static Class<?> valueTypeOf(Class<?> generated) {
    return generated.getSuperclass();
  }

  private static List<Arbitrary<?>> generators() {
    return List.of(ModelArbitraries.requests(), ModelArbitraries.actions(),
        ModelArbitraries.activities(), ModelArbitraries.experts(), ModelArbitraries.focalPoints(),
        ModelArbitraries.deliverables(), ModelArbitraries.actionFiches(), ModelArbitraries.legalBases(),
        ModelArbitraries.reasons(), ModelArbitraries.decisions(), ModelArbitraries.countryDecisions(),
        ModelArbitraries.requestDecisions(), ModelArbitraries.findings(), ModelArbitraries.assessments(),
        ModelArbitraries.evidence(), ModelArbitraries.caseStudies(), ModelArbitraries.characteristicAssessments(),
        ModelArbitraries.goodPracticeAssessments(), ModelArbitraries.deploymentEvaluations(),
        ModelArbitraries.deployments(), ModelArbitraries.rosterEntries(), ModelArbitraries.rosters(),
        ModelArbitraries.rankedCandidates(), ModelArbitraries.expertRankings(), ModelArbitraries.activityFeedback(),
        ModelArbitraries.actionFeedback(), ModelArbitraries.evaluationEvidence(), ModelArbitraries.criterionScores(),
        ModelArbitraries.evaluations(), ModelArbitraries.reviews(), ModelArbitraries.registerEntries(),
        ModelArbitraries.registerQueries());
  }
}
