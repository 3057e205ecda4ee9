package eu.mieux.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.testing.JsonFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documents for the command line's users, {@code examples/target/documents/}, are unpacked at
 * {@code package} from the kit's jar ({@code mieux-testing}, the documents' one home): the same files,
 * byte for byte, and nothing else.
 */
class PackagedDocumentsIT {

  private static final Path DOCUMENTS = Path.of("target", "documents");

  @Test
  void theUnpackedFolderHoldsExactlyTheKitsDocuments() throws IOException {
    List<String> files;
    try (Stream<Path> walk = Files.walk(DOCUMENTS)) {
      files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json"))
          .map(p -> DOCUMENTS.relativize(p).toString().replace('\\', '/')).collect(Collectors.toList());
    }
    List<String> names = new ArrayList<>(JsonFixtures.documentNames());
    names.addAll(JsonFixtures.invalidDocumentNames());
    assertThat(files).containsExactlyInAnyOrderElementsOf(names);
    for (String name : names) {
      assertThat(Files.readString(DOCUMENTS.resolve(name), StandardCharsets.UTF_8)).as(name)
          .isEqualTo(JsonFixtures.document(name));
    }
    assertThat(DOCUMENTS.resolve("README.md")).exists();
  }
}
