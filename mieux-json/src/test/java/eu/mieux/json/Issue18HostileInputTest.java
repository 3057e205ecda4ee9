package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.mieux.model.action.Action;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.internal.Invariants;
import eu.mieux.model.request.Request;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18 (hostile and careless input), the JSON side: written documents read back (dates, blank
 * text), limit breaches located at the offending value, every read path agreeing, and messages that
 * quote input bounded and escaped. Inputs are generated, never stored.
 */
class Issue18HostileInputTest extends JsonTestBase {

  private static final char ESC = 0x1B;
  private static final char BEL = 0x07;
  private static final char LF = 0x0A;

  /** The read paths that must agree: text, UTF-8 bytes and a character stream. */
  private static final Map<String, Function<String, Object>> PATHS = Map.of(
      "read(String)", json -> MieuxJson.read(json, Action.class),
      "read(byte[])", json -> MieuxJson.read(json.getBytes(StandardCharsets.UTF_8), Action.class),
      "read(Reader)", json -> MieuxJson.read(new StringReader(json), Action.class),
      "readDocument(byte[])", json -> MieuxJson.readDocument(json.getBytes(StandardCharsets.UTF_8)),
      "readDocument(Reader)", json -> MieuxJson.readDocument(new StringReader(json)));

  // ---- 1. written but unreadable: dates ----

  /** {@code eligibility UA +10000-01-01 --format json}: such a decision cannot be built, so never written. */
  @Test
  void aDecisionOutsideTheFourDigitYearsCannotBeBuilt() {
    RequestDecision decision = Fixtures.requestDecision();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RequestDecision.builder().from(decision).date(LocalDate.of(10000, 1, 1)).build());
    assertTrue(e.getMessage().contains("date must be within the ISO-8601 four-digit years 0000-01-01/9999-12-31, "
        + "but was +10000-01-01"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"+10000-01-01", "10000-01-01", "-0001-12-31", "+2016-05-10", "999-01-01"})
  void datesOutsideTheFourDigitYearsAreRefusedByBindingAndSchema(String date) {
    String request = MieuxJson.write(Fixtures.request()).replace("2016-05-10", date);
    assertRejected(request, Request.class, "/receivedOn", "expected an ISO-8601 date");
    assertFalse(JsonSchemasTest.validate(JsonSchemas.REQUEST, request).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-01-01", "9999-12-31"})
  void theFirstAndLastFourDigitYearsReadBack(String date) {
    String request = MieuxJson.write(Fixtures.request()).replace("2016-05-10", date);
    Request read = MieuxJson.read(request, Request.class);
    assertEquals(request, MieuxJson.write(read));
    assertEquals(Set.of(), JsonSchemasTest.validate(JsonSchemas.REQUEST, request));
  }

  // ---- 1. written but unreadable: blank text ----

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"00A0", "2007", "202F", "0020", "3000", "2028"})
  void aTextOfOnlyWhiteSpaceIsRefusedByBindingAndSchema(String hex) {
    String blank = String.valueOf((char) Integer.parseInt(hex, 16)).repeat(2);
    String request = MieuxJson.write(Fixtures.request())
        .replace("Second National Integration Plan 2018-2022", blank);
    assertRejected(request, Request.class, "/description", "description must not be blank");
    assertFalse(JsonSchemasTest.validate(JsonSchemas.REQUEST, request).isEmpty(), request);
  }

  /** Every schema states the model's definition of blank, character for character. */
  @Test
  void everySchemaStatesTheModelsDefinitionOfBlank() {
    List<String> patterns = new ArrayList<>();
    for (JsonSchemas which : JsonSchemas.values()) {
      patterns.add(JsonSchemasTest.tree(which).get("$defs").get("text").get("pattern").asText());
    }
    assertEquals(1, patterns.stream().distinct().count(), patterns.toString());
    Pattern nonBlank = Pattern.compile(patterns.get(0));
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = String.valueOf((char) c);
      assertEquals(!Invariants.isBlank(text), nonBlank.matcher(text).find(), () -> "U+" + Integer.toHexString(
          text.charAt(0)));
    }
  }

  /** Accepted means valid and stable: whatever the binding reads, the schema accepts and it reads back equal. */
  @Property(tries = 300)
  void everyAcceptedDocumentValidatesAndReadsBackEqual(@ForAll("hostileValues") String value,
      @ForAll @IntRange(min = 0, max = 10_000) int where) {
    for (Object fixture : List.of(Fixtures.request(), Fixtures.detailedAction())) {
      JsonSchemas which = JsonSchemas.forType(fixture.getClass()).orElseThrow();
      ObjectNode tree = tree(MieuxJson.write(fixture));
      List<JsonPointer> strings = valuePointers(tree, JsonNode::isTextual);
      JsonPointer at = strings.get(where % strings.size());
      replace(tree, at, tree.textNode(value));
      String json = tree.toString();
      Object read;
      try {
        read = MieuxJson.read(json, fixture.getClass());
      } catch (MieuxJsonException e) {
        assertBoundedAndVisible(e);
        continue;
      }
      assertEquals(Set.of(), JsonSchemasTest.validate(which, json), json);
      assertEquals(read, MieuxJson.read(MieuxJson.write(read), fixture.getClass()));
    }
  }

  @Provide
  Arbitrary<String> hostileValues() {
    return Arbitraries.oneOf(
        Arbitraries.of("\u00A0", "\u2007\u202F", " x ", "+10000-01-01", "10000-01-01", "0000-01-01", "9999-12-31",
            "-0001-01-01", "2016-02-30", "workshop", "PH", "2014-05", "2014-01-01/+10000-01-01",
            "2014-01-01/9999-12-31", "x" + ESC + "[2J", "bell" + BEL, "line" + LF + "forged", "tab\tin"),
        Arbitraries.strings().ofMaxLength(12));
  }

  // ---- 2. limit breaches point at the offending value, on every path ----

  @Property(tries = 40)
  void aNumberTooLongIsLocatedAtTheNumber(@ForAll @IntRange(min = 0, max = 10_000) int where) {
    ObjectNode tree = tree(MieuxJson.write(Fixtures.detailedAction()));
    List<JsonPointer> values = valuePointers(tree, JsonNode::isValueNode);
    JsonPointer at = values.get(where % values.size());
    String number = "1".repeat(MieuxJson.MAX_NUMBER_LENGTH + 1);
    replace(tree, at, tree.textNode("@@"));
    String json = tree.toString().replace("\"@@\"", number);
    assertEveryPathRefusesAt(json, at.toString(), "Number value length");
  }

  @Property(tries = 10)
  void aStringTooLongIsLocatedAtTheString(@ForAll @IntRange(min = 0, max = 10_000) int where) {
    ObjectNode tree = tree(MieuxJson.write(Fixtures.detailedAction()));
    List<JsonPointer> strings = valuePointers(tree, JsonNode::isTextual);
    JsonPointer at = strings.get(where % strings.size());
    replace(tree, at, tree.textNode("x".repeat(MieuxJson.MAX_STRING_LENGTH + 1)));
    assertEveryPathRefusesAt(tree.toString(), at.toString(), "String value length");
  }

  @Property(tries = 40)
  void aNameTooLongIsLocatedAtTheObjectThatHoldsIt(@ForAll @IntRange(min = 0, max = 10_000) int where) {
    ObjectNode tree = tree(MieuxJson.write(Fixtures.detailedAction()));
    List<JsonPointer> objects = valuePointers(tree, JsonNode::isObject);
    JsonPointer at = objects.get(where % objects.size());
    ObjectNode object = (ObjectNode) tree.at(at);
    // first in the object, so that nothing else in it fails before
    ObjectNode copy = object.objectNode();
    copy.put("n".repeat(MieuxJson.MAX_NAME_LENGTH + 1), 1);
    copy.setAll(object);
    if (at.matches()) {
      assertEveryPathRefusesAt(copy.toString(), "", "Name length");
    } else {
      replace(tree, at, copy);
      assertEveryPathRefusesAt(tree.toString(), at.toString(), "Name length");
    }
  }

  /** Nesting is parsed when a document's kind is detected: the pointer names the array one level too deep. */
  @Property(tries = 40)
  void nestingTooDeepIsLocatedAtTheFirstContainerOverTheLimit(@ForAll @IntRange(min = 0, max = 10_000) int where,
      @ForAll @IntRange(min = 1, max = 30) int beyond) {
    ObjectNode tree = tree(MieuxJson.write(Fixtures.detailedAction()));
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    String name = names.get(where % names.size());
    tree.put(name, "@@");
    int arrays = MieuxJson.MAX_NESTING_DEPTH + beyond; // the root object is level 1
    String json = tree.toString().replace("\"@@\"", "[".repeat(arrays) + "]".repeat(arrays));
    String expected = "/" + name + "/0".repeat(MieuxJson.MAX_NESTING_DEPTH - 1);
    for (String path : List.of("readDocument(byte[])", "readDocument(Reader)")) {
      MieuxJsonException e = assertThrows(MieuxJsonException.class, () -> PATHS.get(path).apply(json), path);
      assertEquals(expected, e.pointer(), path + ": " + e.getMessage());
      assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }
  }

  private static void assertEveryPathRefusesAt(String json, String pointer, String problem) {
    PATHS.forEach((path, read) -> {
      MieuxJsonException e = assertThrows(MieuxJsonException.class, () -> read.apply(json), path);
      assertEquals(pointer, e.pointer(), () -> path + ": " + e.getMessage());
      assertTrue(e.getMessage().contains("document exceeds a limit: " + problem), () -> path + ": " + e.getMessage());
      assertBoundedAndVisible(e);
    });
  }

  // ---- 2. the Reader and byte paths agree on lone surrogates ----

  @Property(tries = 100)
  void aLoneSurrogateIsRefusedAtItsValueOnEveryPath(@ForAll @IntRange(min = 0, max = 10_000) int where,
      @ForAll @IntRange(min = 0xD800, max = 0xDFFF) int surrogate, @ForAll boolean escaped) {
    ObjectNode tree = tree(MieuxJson.write(Fixtures.detailedAction()));
    List<JsonPointer> strings = valuePointers(tree, JsonNode::isTextual);
    JsonPointer at = strings.get(where % strings.size());
    replace(tree, at, tree.textNode("@@"));
    String lone = escaped ? String.format("\\u%04x", surrogate) : String.valueOf((char) surrogate);
    String json = tree.toString().replace("@@", "text " + lone + " end");
    Map<String, Function<String, Object>> paths = escaped ? PATHS
        : Map.of("read(String)", PATHS.get("read(String)"), "read(Reader)", PATHS.get("read(Reader)"),
            "readDocument(Reader)", PATHS.get("readDocument(Reader)"));
    paths.forEach((path, read) -> {
      MieuxJsonException e = assertThrows(MieuxJsonException.class, () -> read.apply(json), path);
      assertEquals(at.toString(), e.pointer(), () -> path + ": " + e.getMessage());
      assertBoundedAndVisible(e);
    });
  }

  @Test
  void aWellFormedSurrogatePairIsKeptOnEveryPath() {
    ObjectNode tree = tree(MieuxJson.write(Fixtures.detailedAction()));
    tree.put("title", "@@");
    String json = tree.toString().replace("@@", "\\ud83c\\udde8 flag");
    List<Object> read = new ArrayList<>();
    PATHS.forEach((path, r) -> read.add(r.apply(json)));
    Action action = MieuxJson.read(json, Action.class);
    assertEquals("\uD83C\uDDE8 flag", action.title());
    for (Object value : read) {
      assertEquals(action, value instanceof Document d ? d.value() : value);
    }
  }

  // ---- every read path is bounded: a stream without end stops at the document limit ----

  /** A stream that never ends ({@code /dev/zero}-like): reading stops at the document limit, with a message. */
  @ParameterizedTest
  @ValueSource(strings = {" ", "[", "{\"title\":\"", "0"})
  void anEndlessStreamStopsAtTheDocumentLimit(String unit) {
    for (boolean document : List.of(false, true)) {
      EndlessReader in = new EndlessReader(unit);
      MieuxJsonException e = assertThrows(MieuxJsonException.class, () -> {
        if (document) {
          MieuxJson.readDocument(in);
        } else {
          MieuxJson.read(in, Action.class);
        }
      });
      assertBoundedAndVisible(e);
      assertTrue(in.served <= MieuxJson.MAX_DOCUMENT_LENGTH + 64 * 1024L,
          () -> "read " + in.served + " chars for " + unit + ": " + e.getMessage());
    }
  }

  /** Repeats a text forever, counting the chars it serves. */
  private static final class EndlessReader extends java.io.Reader {
    private final String unit;
    long served;

    EndlessReader(String unit) {
      this.unit = unit;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      for (int i = 0; i < length; i++) {
        buffer[offset + i] = unit.charAt((int) ((served + i) % unit.length()));
      }
      served += length;
      return length;
    }

    @Override
    public void close() {
      // nothing to release
    }
  }

  // ---- 3. messages quote input bounded and escaped ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ESC", "BEL", "LF", "900KiB"})
  void messagesNeverEchoControlCharactersOrHugeValues(String kind) {
    String hostile = switch (kind) {
      case "ESC" -> "x" + ESC + "]0;pwned" + BEL;
      case "BEL" -> "ring" + BEL + BEL;
      case "LF" -> "x" + LF + "at /fake: forged line";
      default -> "v".repeat(900 * 1024);
    };
    String request = MieuxJson.write(Fixtures.request());
    ObjectNode unknownName = tree(request);
    unknownName.put(hostile.length() > 900 ? hostile.substring(0, 900) : hostile, 1);
    ObjectNode badCode = tree(request);
    badCode.put("channel", hostile);
    ObjectNode badDate = tree(request);
    badDate.put("receivedOn", hostile);
    ObjectNode badCountry = tree(request);
    ((ArrayNode) badCountry.get("partnerCountries")).add(hostile);
    for (String json : List.of(unknownName.toString(), badCode.toString(), badDate.toString(),
        badCountry.toString(), "{\"description\": " + hostile + "}")) {
      MieuxJsonException e = assertThrows(MieuxJsonException.class, () -> MieuxJson.read(json, Request.class));
      assertBoundedAndVisible(e);
      assertFalse(e.getMessage().contains(hostile.substring(0, Math.min(hostile.length(), 200)))
          && hostile.length() > 100, e.getMessage());
    }
  }

  @Test
  void aValueOf900KibIsQuotedInEightyCharacters() {
    String request = MieuxJson.write(Fixtures.request());
    ObjectNode tree = tree(request);
    tree.put("channel", "v".repeat(900 * 1024));
    MieuxJsonException e = assertThrows(MieuxJsonException.class, () -> MieuxJson.read(tree.toString(),
        Request.class));
    assertEquals("/channel", e.pointer());
    assertTrue(e.getMessage().endsWith("but was '" + "v".repeat(80) + "…'"), e.getMessage());
  }

  @Test
  void anEscapeInAPropertyNameIsShownEscapedButThePointerIsExact() {
    String name = "x" + ESC + "[31m";
    ObjectNode tree = tree(MieuxJson.write(Fixtures.request()));
    tree.put(name, 1);
    MieuxJsonException e = assertThrows(MieuxJsonException.class, () -> MieuxJson.read(tree.toString(),
        Request.class));
    assertEquals("/" + name, e.pointer());
    assertTrue(e.getMessage().startsWith("at /x\\u001B[31m: unknown property 'x\\u001B[31m'"), e.getMessage());
  }

  /** One line of visible text, at most the pointer plus 2,000 chars, whatever the input. */
  static void assertBoundedAndVisible(MieuxJsonException e) {
    String message = e.getMessage();
    assertTrue(message.length() <= 2_100 + 64 * 90, () -> "message of " + message.length() + " chars");
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        fail("hidden character U+" + Integer.toHexString(c) + " at " + i + " in: " + message);
      }
    }
  }

  // ---- helpers ----

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) mapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The pointers of the nodes below the root that pass the test, in document order. */
  private static List<JsonPointer> valuePointers(JsonNode root, java.util.function.Predicate<JsonNode> test) {
    List<JsonPointer> found = new ArrayList<>();
    collect(root, JsonPointer.empty(), test, found);
    return found;
  }

  private static void collect(JsonNode node, JsonPointer at, java.util.function.Predicate<JsonNode> test,
      List<JsonPointer> found) {
    if (!at.matches() && test.test(node)) {
      found.add(at);
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(field.getValue(), at.appendProperty(field.getKey()), test, found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at.appendIndex(i), test, found);
      }
    }
  }

  private static void replace(ObjectNode root, JsonPointer at, JsonNode value) {
    JsonNode parent = root.at(at.head());
    if (parent instanceof ObjectNode object) {
      object.set(at.last().getMatchingProperty(), value);
    } else {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), value);
    }
  }
}
