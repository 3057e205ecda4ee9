package eu.mieux.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.json.MieuxJson;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.rules.scoring.CaseStudies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON documents of the 16 case studies, {@code documents/case-studies/NN-<slug>.case-study.json},
 * are exactly what {@link MieuxJson#writePretty(Object)} writes for the fixtures
 * {@link CaseStudies#ofNumber(int)} (issue 7), and read back as those fixtures.
 *
 * <p>After a change to the fixtures or the wire format, regenerate the documents with
 * {@code ./mvnw -pl examples -am verify -Dtest=CaseStudyDocumentsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmieux.regenerateDocuments=true}, and review the diff.
 */
class CaseStudyDocumentsTest {

  private static final Path DIRECTORY = Path.of("documents/case-studies");

  /** The file-name slugs of case studies 1 to 16, in the order of 003 (RULES.md §6.3). */
  private static final List<String> SLUGS = List.of("thailand", "peru", "philippines", "south-east-asia",
      "west-africa", "belarus", "costa-rica", "cabo-verde", "comesa", "kenya", "mexico", "jordan", "mauritius",
      "malawi", "madagascar", "brazil");

  static Stream<Integer> numbers() {
    return IntStream.rangeClosed(1, 16).boxed();
  }

  static Path file(int number) {
    return DIRECTORY.resolve(String.format("%02d-%s.case-study.json", number, SLUGS.get(number - 1)));
  }

  @ParameterizedTest
  @MethodSource("numbers")
  void documentIsTheFixture(int number) throws IOException {
    CaseStudy fixture = CaseStudies.ofNumber(number);
    String expected = MieuxJson.writePretty(fixture);
    Path file = file(number);
    if (Boolean.getBoolean("mieux.regenerateDocuments")) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), file + " is missing; regenerate it (see the class javadoc)");
    String actual = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(expected, actual, file + " differs from CaseStudies.ofNumber(" + number + ")");
    assertEquals(fixture, MieuxJson.read(actual, CaseStudy.class));
  }
}
