package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.mieux.model.action.Action;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.evaluation.ActivityFeedback;
import eu.mieux.model.evaluation.Evaluation;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.GoodPracticeAssessment;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.request.Request;
import eu.mieux.model.roster.ExpertRanking;
import eu.mieux.model.roster.Roster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import eu.mieux.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/**
 * Robustness: documents mutated from valid ones (deleted, renamed and retyped fields, wrong codes,
 * truncation, random bytes, ...) are either read or refused with one MieuxJsonException whose
 * pointer is {@code ""} or starts with {@code /}; never another exception type (issue 5). The pool
 * holds every document type, those of issues 7 and 9 included.
 *
 * <p>The number of mutated documents is the system property {@code jqwik.tries.fuzz}: 2,000 by
 * default, 100,000 with {@code -Pfuzz}. A plain test drives the generator because jqwik's
 * {@code tries} annotation cannot read a property.
 */
class RobustnessTest extends JsonTestBase {

  private static final long TRIES = Long.getLong("jqwik.tries.fuzz", 2000);

  private record Sample(String name, Class<?> type, byte[] json) {}

  private enum Mutation {
    DELETE_FIELD, RENAME_FIELD, RETYPE_VALUE, WRONG_CODE, DUPLICATE_KEY, TRUNCATE, RANDOM_BYTES, FLIP_BYTE,
    INSERT_CHAR, EMPTY_CONTAINER, WRONG_ROOT
  }

  private static List<Sample> pool() {
    List<Sample> pool = new ArrayList<>();
    Map<Class<?>, Arbitrary<?>> sources = Map.of(Request.class, LocalArbitraries.requests(),
        Action.class, LocalArbitraries.actions(), Decision.class, LocalArbitraries.decisions(),
        CountryDecision.class, LocalArbitraries.countryDecisions(),
        RequestDecision.class, LocalArbitraries.requestDecisions());
    sources.forEach((type, arbitrary) -> arbitrary.sampleStream().limit(40)
        .forEach(v -> pool.add(new Sample(type.getSimpleName(), type, MieuxJson.writeBytes(v)))));
    Map<Class<?>, Arbitrary<?>> model = Map.of(Request.class, ModelArbitraries.requests(),
        Action.class, ModelArbitraries.actions(), Decision.class, ModelArbitraries.decisions(),
        CountryDecision.class, ModelArbitraries.countryDecisions(),
        RequestDecision.class, ModelArbitraries.requestDecisions());
    model.forEach((type, arbitrary) -> arbitrary.sampleStream().limit(20)
        .forEach(v -> pool.add(new Sample(type.getSimpleName(), type, MieuxJson.writeBytes(v)))));
    pool.add(new Sample("Action", Action.class, MieuxJson.writeBytes(Fixtures.detailedAction())));
    // documents added for issues 7 and 9
    Map<Class<?>, Arbitrary<?>> added = Map.of(Assessment.class, ModelArbitraries.assessments(),
        CaseStudy.class, ModelArbitraries.caseStudies(), GoodPracticeAssessment.class,
        ModelArbitraries.goodPracticeAssessments(), Roster.class, ModelArbitraries.rosters(),
        ExpertRanking.class, ModelArbitraries.expertRankings(), Evaluation.class, ModelArbitraries.evaluations(),
        ActivityFeedback.class, ModelArbitraries.activityFeedback(), RegisterEntry.class,
        ModelArbitraries.registerEntries());
    added.forEach((type, arbitrary) -> arbitrary.sampleStream().limit(10)
        .forEach(v -> pool.add(new Sample(type.getSimpleName(), type, MieuxJson.writeBytes(v)))));
    pool.add(new Sample("Action", Action.class, MieuxJson.writeBytes(Fixtures.withHistory())));
    return pool;
  }

  @Test
  void mutatedDocumentsFailOnlyWithMieuxJsonException() {
    List<Sample> pool = pool();
    Arbitrary<Sample> mutated = Combinators.combine(Arbitraries.of(pool), Arbitraries.of(Mutation.class),
        Arbitraries.longs()).as((sample, mutation, seed) -> mutate(sample, mutation, new Random(seed)));
    AtomicLong tried = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    mutated.sampleStream().limit(TRIES).forEach(sample -> {
      tried.incrementAndGet();
      try {
        if (sample.type() == Request.class || sample.type() == Action.class || sample.type() == CaseStudy.class) {
          MieuxJson.readDocument(sample.json());
        }
        MieuxJson.read(sample.json(), sample.type());
      } catch (MieuxJsonException e) {
        refused.incrementAndGet();
        assertTrue(e.pointer().isEmpty() || e.pointer().startsWith("/"), e.getMessage());
        assertTrue(e.getMessage().startsWith("at "), e.getMessage());
      } catch (Throwable other) {
        fail(sample.name() + ": " + other + " for " + new String(sample.json(), StandardCharsets.UTF_8), other);
      }
    });
    assertEquals(TRIES, tried.get());
    assertTrue(refused.get() > TRIES / 2, "most mutations must be refused, but only " + refused + " were");
  }

  private static Sample mutate(Sample sample, Mutation mutation, Random random) {
    byte[] json = sample.json();
    String name = sample.name() + "/" + mutation;
    switch (mutation) {
      case TRUNCATE:
        return new Sample(name, sample.type(), java.util.Arrays.copyOf(json, random.nextInt(json.length)));
      case RANDOM_BYTES: {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        return new Sample(name, sample.type(), bytes);
      }
      case FLIP_BYTE: {
        byte[] copy = json.clone();
        copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        return new Sample(name, sample.type(), copy);
      }
      case INSERT_CHAR: {
        String text = new String(json, StandardCharsets.UTF_8);
        int at = random.nextInt(text.length());
        String chars = "{}[],:\"\\ 0-.e+tfn\u0000\u00e9";
        return new Sample(name, sample.type(), (text.substring(0, at) + chars.charAt(random.nextInt(chars.length()))
            + text.substring(at)).getBytes(StandardCharsets.UTF_8));
      }
      case DUPLICATE_KEY: {
        String text = new String(json, StandardCharsets.UTF_8);
        int at = text.indexOf("\":", random.nextInt(text.length()));
        if (at < 0) {
          at = text.indexOf("\":");
        }
        int start = text.lastIndexOf('"', at - 1);
        String key = text.substring(start, at + 2);
        return new Sample(name, sample.type(), text.replaceFirst(java.util.regex.Pattern.quote(key),
            java.util.regex.Matcher.quoteReplacement(key + "1," + key)).getBytes(StandardCharsets.UTF_8));
      }
      case WRONG_ROOT:
        return new Sample(name, sample.type(), List.of("[]", "1", "\"x\"", "null", "true", "{}", "").get(random.nextInt(7))
            .getBytes(StandardCharsets.UTF_8));
      default:
        return new Sample(name, sample.type(), mutateTree(json, mutation, random));
    }
  }

  private static byte[] mutateTree(byte[] json, Mutation mutation, Random random) {
    JsonNode root;
    try {
      root = mapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonNode[] replacements = {nodes.numberNode(random.nextInt()), nodes.textNode("x"), nodes.booleanNode(true),
        nodes.nullNode(), nodes.arrayNode(), nodes.objectNode(), nodes.numberNode(1.5),
        nodes.textNode("2016-13-45"), nodes.textNode(""), nodes.textNode("ZZ"), nodes.numberNode(Long.MAX_VALUE)};
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String field = names.get(random.nextInt(names.size()));
      switch (mutation) {
        case DELETE_FIELD -> object.remove(field);
        case RENAME_FIELD -> object.set(field + (random.nextBoolean() ? "s" : "X"), object.remove(field));
        case WRONG_CODE -> object.put(field, List.of("unknown_code", "YES", "Workshop", "xx", "R EL1", "2016-1")
            .get(random.nextInt(6)));
        case EMPTY_CONTAINER -> object.set(field, random.nextBoolean() ? nodes.arrayNode() : nodes.objectNode());
        default -> object.set(field, replacements[random.nextInt(replacements.length)]);
      }
    } else if (target instanceof ArrayNode array && array.size() > 0) {
      int index = random.nextInt(array.size());
      switch (mutation) {
        case DELETE_FIELD -> array.remove(index);
        case WRONG_CODE -> array.set(index, nodes.textNode("unknown_code"));
        default -> array.set(index, replacements[random.nextInt(replacements.length)]);
      }
    } else if (target instanceof ArrayNode array) {
      array.add(replacements[random.nextInt(replacements.length)]);
    } else if (target instanceof ObjectNode object) {
      object.put("unexpected", 1);
    }
    try {
      return mapper().writeValueAsBytes(root);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), containers);
      }
    }
  }

  @Test
  void triesFollowTheFuzzProperty() {
    assertEquals(Long.getLong("jqwik.tries.fuzz", 2000), TRIES);
    assertTrue(TRIES >= 2000, "at least 2,000 mutated documents, but was " + TRIES);
    assertEquals(5, Stream.of(Request.class, Action.class, Decision.class, CountryDecision.class,
        RequestDecision.class).map(JsonSchemas::forType).collect(Collectors.toList()).size());
  }
}
