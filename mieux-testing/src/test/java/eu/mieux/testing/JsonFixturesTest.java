package eu.mieux.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.json.Document;
import eu.mieux.json.JsonSchemas;
import eu.mieux.json.MieuxJson;
import eu.mieux.json.MieuxJsonException;
import eu.mieux.model.practice.CaseStudy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kit's JSON documents (issue 13: every fact once): each generated document is the
 * {@link MieuxFixtures} value of the same name, every valid document is read, conforms to its
 * schema and is in the form {@link MieuxJson#writePretty(Object)} writes, and the invalid ones fail
 * at the expected JSON Pointer.
 *
 * <p>After a change to the fixtures or the wire format, regenerate the documents with
 * {@code ./mvnw -o -pl mieux-testing -am verify -Dtest=JsonFixturesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmieux.regenerateDocuments=true}, review the diff and build again.
 */
class JsonFixturesTest {

  /** This module's own resource folder: where the documents are written when regenerated. */
  private static final Path SOURCE = Path.of("src/main/resources/eu/mieux/testing/fixtures");

  /** Every document generated from a fixture, by name: the pairs that must hold one content. */
  static Map<String, Object> fixtures() {
    Map<String, Object> fixtures = new LinkedHashMap<>();
    fixtures.put("thailand-2013-2018.action.json", MieuxFixtures.thailand());
    fixtures.put("philippines-2010-2012.action.json", MieuxFixtures.philippines());
    fixtures.put("south-east-asia-2012-2013.action.json", MieuxFixtures.southEastAsia());
    fixtures.put("costa-rica-ii-2016-07.action.json", MieuxFixtures.costaRicaII());
    fixtures.put("costa-rica-ii-2016.request.json", MieuxFixtures.costaRicaIIRequest());
    List<String> caseStudies = JsonFixtures.documentNames().stream().filter(n -> n.startsWith("case-studies/"))
        .collect(Collectors.toList());
    for (int n = 1; n <= 16; n++) {
      fixtures.put(caseStudies.get(n - 1), MieuxFixtures.caseStudy(n));
    }
    return fixtures;
  }

  static Stream<String> fixtureNames() {
    return fixtures().keySet().stream();
  }

  static Stream<String> validNames() {
    return JsonFixtures.documentNames().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtureNames")
  void aGeneratedDocumentIsTheFixtureOfItsName(String name) throws IOException {
    Object fixture = fixtures().get(name);
    String expected = MieuxJson.writePretty(fixture);
    String actual = JsonFixtures.document(name);
    if (Boolean.getBoolean("mieux.regenerateDocuments")) {
      Files.createDirectories(SOURCE.resolve(name).getParent());
      Files.writeString(SOURCE.resolve(name), expected, StandardCharsets.UTF_8);
      actual = Files.readString(SOURCE.resolve(name), StandardCharsets.UTF_8);
    }
    assertThat(MieuxJson.readDocument(actual.getBytes(StandardCharsets.UTF_8)).value())
        .as("%s read with MieuxJson", name).isEqualTo(fixture);
    assertThat(actual).as("%s, regenerate it (see the class javadoc)", name).isEqualTo(expected);
  }

  @Test
  void everyTopLevelDocumentAndCaseStudyIsGeneratedFromAFixture() {
    List<String> generated = JsonFixtures.documentNames().stream()
        .filter(n -> !n.contains("/") || n.startsWith("case-studies/")).collect(Collectors.toList());
    assertThat(fixtures().keySet()).containsExactlyElementsOf(generated);
  }

  @Test
  void theNamesListEveryFileOfTheFolder() throws IOException {
    List<String> files;
    try (Stream<Path> walk = Files.walk(SOURCE)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).map(p -> SOURCE.relativize(p).toString()
          .replace('\\', '/')).sorted().collect(Collectors.toList());
    }
    List<String> names = new ArrayList<>(JsonFixtures.documentNames());
    names.addAll(JsonFixtures.invalidDocumentNames());
    assertThat(names).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void everyCaseStudyDocumentIsNumberedInOrderAndReadsAsThatCaseStudy() {
    List<String> names = JsonFixtures.documentNames().stream().filter(n -> n.startsWith("case-studies/"))
        .collect(Collectors.toList());
    assertThat(names).hasSize(16);
    for (int n = 1; n <= 16; n++) {
      String name = names.get(n - 1);
      assertThat(name).startsWith(String.format("case-studies/%02d-", n)).endsWith(".case-study.json");
      assertThat(JsonFixtures.caseStudy(n)).isEqualTo(JsonFixtures.document(name));
      assertThat(MieuxJson.read(JsonFixtures.caseStudy(n), CaseStudy.class).number()).isEqualTo(n);
    }
  }

  @ParameterizedTest
  @MethodSource("validNames")
  void aValidDocumentIsReadConformsToItsSchemaAndIsCanonical(String name) {
    String json = JsonFixtures.document(name);
    Document document = MieuxJson.readDocument(json.getBytes(StandardCharsets.UTF_8));
    JsonSchemas expected = name.endsWith(".request.json") ? JsonSchemas.REQUEST
        : name.endsWith(".case-study.json") ? JsonSchemas.CASE_STUDY : JsonSchemas.ACTION;
    assertThat(document.schema()).isEqualTo(expected);
    assertThat(Schemas.validate(expected, json)).as(name).isEmpty();
    assertThat(MieuxJson.writePretty(document.value())).as("%s in the form MieuxJson.writePretty writes", name)
        .isEqualTo(json);
    assertThat(MieuxJson.read(MieuxJson.write(document.value()), document.value().getClass().getSuperclass()))
        .isEqualTo(document.value());
  }

  @Test
  void anActivityOutsideItsActionBreaksAnInvariantAtTheActivity() {
    MieuxJsonException e = refusal("invalid/south-east-asia-activity-outside-period.action.json");
    assertThat(e.pointer()).isEqualTo("/activities/2");
    assertThat(e.isModelInvariantViolation()).isTrue();
    assertThat(e.getMessage())
        .contains("activities[2] must lie within the Action's period 2012-12-01 to 2013-10-31");
  }

  @Test
  void aTruncatedDocumentIsMalformed() {
    MieuxJsonException e = refusal("invalid/truncated.request.json");
    assertThat(e.pointer()).isEqualTo("/receivedOn");
    assertThat(e.isModelInvariantViolation()).isFalse();
    assertThat(e.getMessage()).contains("malformed JSON");
  }

  @Test
  void unknownFixturesAreRefused() {
    assertThatThrownBy(() -> JsonFixtures.caseStudy(17)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number must be between 1 and 16, but was 17");
    assertThatThrownBy(() -> JsonFixtures.caseStudy(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonFixtures.document("x.json")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 'x.json'");
    assertThatThrownBy(() -> JsonFixtures.document("../README.md")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Set.copyOf(JsonFixtures.invalidDocumentNames())).doesNotContainAnyElementsOf(
        JsonFixtures.documentNames());
  }

  private static MieuxJsonException refusal(String name) {
    byte[] json = JsonFixtures.document(name).getBytes(StandardCharsets.UTF_8);
    return org.assertj.core.api.Assertions.catchThrowableOfType(MieuxJsonException.class,
        () -> MieuxJson.readDocument(json));
  }
}
