package eu.mieux.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.testing.JsonFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule-check kit ({@code mieux-testing}) ships a copy of the example documents as
 * {@link JsonFixtures}; the copy must stay byte-for-byte equal to {@code examples/documents}, the copy
 * users open and pass to the command line.
 */
class FixtureCopiesTest {

  private static final Path DOCUMENTS = Path.of("documents");

  @Test
  void everyRequestAndActionDocumentOfTheKitIsTheExampleDocument() throws IOException {
    List<String> examples;
    try (Stream<Path> files = Files.list(DOCUMENTS)) {
      examples = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .collect(Collectors.toList());
    }
    assertThat(JsonFixtures.documentNames()).containsExactlyInAnyOrderElementsOf(examples);
    for (String name : examples) {
      assertThat(JsonFixtures.document(name)).as("the kit's copy of documents/%s", name)
          .isEqualTo(Files.readString(DOCUMENTS.resolve(name), StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyCaseStudyDocumentOfTheKitIsTheExampleDocument() throws IOException {
    List<Path> examples;
    try (Stream<Path> files = Files.list(DOCUMENTS.resolve("case-studies"))) {
      examples = files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(examples).hasSize(16);
    for (int n = 1; n <= 16; n++) {
      Path file = examples.get(n - 1);
      assertThat(JsonFixtures.caseStudy(n)).as("the kit's copy of %s", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
  }
}
