package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example documents shipped under {@code examples/documents/} (issue 5). */
class ExampleDocumentsTest extends JsonTestBase {

  private static final Path DOCUMENTS = Path.of("../examples/documents");

  static List<Path> validDocuments() throws IOException {
    try (Stream<Path> files = Files.list(DOCUMENTS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void thereAreAHandful() throws IOException {
    assertTrue(validDocuments().size() >= 5, validDocuments().toString());
  }

  @ParameterizedTest
  @MethodSource("validDocuments")
  void validDocumentsAreReadAndConformToTheirSchema(Path file) throws IOException {
    byte[] json = Files.readAllBytes(file);
    Document doc = MieuxJson.readDocument(json);
    assertEquals(file.getFileName().toString().endsWith(".request.json") ? JsonSchemas.REQUEST : JsonSchemas.ACTION,
        doc.schema());
    assertTrue(JsonSchemasTest.validate(doc.schema(), new String(json, java.nio.charset.StandardCharsets.UTF_8))
        .isEmpty(), file.toString());
    assertEquals(doc.value(), MieuxJson.read(MieuxJson.write(doc.value()), doc.value().getClass().getSuperclass()));
    assertEquals(new String(json, java.nio.charset.StandardCharsets.UTF_8), MieuxJson.writePretty(doc.value()),
        file + " is not in the form MieuxJson.writePretty writes");
  }

  @Test
  void documentsMatchTheFixtures() throws IOException {
    assertEquals(Fixtures.philippines(), read("philippines-2010-2012.action.json"));
    assertEquals(Fixtures.southEastAsia(), read("south-east-asia-2012-2013.action.json"));
    assertEquals(Fixtures.thailand(), read("thailand-2013-2017.action.json"));
    assertEquals(Fixtures.costaRicaII(), read("costa-rica-ii-2016-07.action.json"));
    assertEquals(Fixtures.costaRicaRequest(), read("costa-rica-ii-2016.request.json"));
  }

  @Test
  void brokenInvariantIsReportedAtTheActivity() throws IOException {
    MieuxJsonException e = assertThrows(MieuxJsonException.class,
        () -> read("invalid/south-east-asia-activity-outside-period.action.json"));
    assertEquals("/activities/2", e.pointer());
    assertTrue(e.getMessage().contains("activities[2] must lie within the Action's period 2012-12-01 to 2013-10-31"),
        e.getMessage());
  }

  @Test
  void truncatedDocumentIsMalformed() {
    MieuxJsonException e = assertThrows(MieuxJsonException.class, () -> read("invalid/truncated.request.json"));
    assertEquals("/receivedOn", e.pointer());
    assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
  }

  private static Object read(String name) throws IOException {
    return MieuxJson.readDocument(Files.readAllBytes(DOCUMENTS.resolve(name))).value();
  }
}
