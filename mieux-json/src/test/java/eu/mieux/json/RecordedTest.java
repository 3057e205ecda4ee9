package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Provenance;
import eu.mieux.model.decision.RequestDecision;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An answer stored with its provenance: the {@code recorded} document of the decision schema. */
class RecordedTest extends JsonTestBase {

  private static final Provenance PROVENANCE =
      Provenance.of("0.2.0", "coverage.csv 2026-11", Map.of("policy", "strict", "phases", "MIEUX+=2020-04-30/2024-04-30"));

  static List<Object> answers() {
    return List.of(Fixtures.decision(), Fixtures.countryDecision(), Fixtures.requestDecision(), Fixtures.assessment());
  }

  @ParameterizedTest
  @MethodSource("answers")
  void roundTripsAndValidates(Object answer) {
    String json = MieuxJson.write(Recorded.of(answer, PROVENANCE));
    assertEquals(Set.of(), JsonSchemasTest.validate(JsonSchemas.DECISION, json), json);
    assertTrue(json.startsWith("{\"provenance\":{\"libraryVersion\":\"0.2.0\",\"coverageData\":\"coverage.csv 2026-11\","
        + "\"settings\":{\"phases\":"), json);
    assertTrue(json.contains(",\"answer\":" + MieuxJson.write(answer) + "}"), json);
    Recorded<?> back = MieuxJson.readRecorded(json.getBytes(StandardCharsets.UTF_8), modelType(answer));
    assertEquals(Recorded.of(answer, PROVENANCE), back);
    assertEquals(json, MieuxJson.write(back));
    assertEquals(MieuxJson.writePretty(Recorded.of(answer, PROVENANCE)), MieuxJson.writePretty(back));
  }

  @Test
  void theDefaultSettingsAreAnEmptyObject() {
    String json = MieuxJson.write(Recorded.of(Fixtures.decision(), Provenance.of("0.2.0", "coverage.csv 2026-11", Map.of())));
    assertTrue(json.startsWith("{\"provenance\":{\"libraryVersion\":\"0.2.0\",\"coverageData\":\"coverage.csv 2026-11\","
        + "\"settings\":{}},\"answer\":"), json);
  }

  @Test
  void aPlainReaderRefusesARecordedDocumentAndTheOtherWayRound() {
    byte[] recorded = MieuxJson.writeBytes(Recorded.of(Fixtures.countryDecision(), PROVENANCE));
    MieuxJsonException plain = assertThrows(MieuxJsonException.class, () -> MieuxJson.read(recorded, CountryDecision.class));
    assertEquals("/provenance", plain.pointer());
    MieuxJsonException missing = assertThrows(MieuxJsonException.class,
        () -> MieuxJson.readRecorded(MieuxJson.writeBytes(Fixtures.countryDecision()), CountryDecision.class));
    assertEquals("", missing.pointer(), missing.getMessage());
    assertTrue(missing.getMessage().contains("expected a recorded document"), missing.getMessage());
    String extra = MieuxJson.write(Recorded.of(Fixtures.decision(), PROVENANCE)).replace("{\"provenance\"", "{\"signedBy\":1,\"provenance\"");
    assertEquals("/signedBy", assertThrows(MieuxJsonException.class,
        () -> MieuxJson.readRecorded(extra.getBytes(StandardCharsets.UTF_8), Decision.class)).pointer());
  }

  @Test
  void aBadProvenanceIsReportedWhereItIs() {
    String good = MieuxJson.write(Recorded.of(Fixtures.decision(), PROVENANCE));
    String blank = good.replace("\"libraryVersion\":\"0.2.0\"", "\"libraryVersion\":\" \"");
    MieuxJsonException e = assertThrows(MieuxJsonException.class,
        () -> MieuxJson.readRecorded(blank.getBytes(StandardCharsets.UTF_8), Decision.class));
    assertTrue(e.pointer().startsWith("/provenance"), e.pointer());
    assertTrue(e.getMessage().contains("libraryVersion"), e.getMessage());
    assertEquals(1, JsonSchemasTest.validate(JsonSchemas.DECISION, blank).isEmpty() ? 0 : 1, "the schema refuses it too");
    String unknown = good.replace("\"settings\":{", "\"settings\":{},\"signedBy\":{");
    assertEquals("/provenance/signedBy", assertThrows(MieuxJsonException.class,
        () -> MieuxJson.readRecorded(unknown.getBytes(StandardCharsets.UTF_8), Decision.class)).pointer());
    String wrongAnswer = MieuxJson.write(Recorded.of(Fixtures.assessment(), PROVENANCE));
    assertTrue(assertThrows(MieuxJsonException.class,
        () -> MieuxJson.readRecorded(wrongAnswer.getBytes(StandardCharsets.UTF_8), RequestDecision.class))
        .pointer().startsWith("/answer"));
  }

  @Test
  void onlyAnswersAreRecorded() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Recorded.of(Fixtures.request(), PROVENANCE));
    assertTrue(e.getMessage().startsWith("answer must be a Decision"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> MieuxJson.readRecorded(new byte[0], Assessment.class.getSuperclass()));
  }

  private static Class<?> modelType(Object answer) {
    return Recorded.ANSWER_TYPES.stream().filter(t -> t.isInstance(answer)).findFirst().orElseThrow();
  }
}
