package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.practice.CaseStudy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 16 case studies of the reports as JSON documents, under
 * {@code examples/documents/case-studies/NN-<slug>.case-study.json} (issue 7).
 *
 * <p>Each is read by shape, conforms to {@code case-study.schema.json} and is byte for byte what
 * {@link MieuxJson#writePretty(Object)} writes for the value read, so that the documents stay in
 * the canonical form. {@code examples}' {@code CaseStudyDocumentsTest} checks that they are the
 * fixtures of mieux-rules ({@code CaseStudies.ofNumber(n)}).
 */
class CaseStudyDocumentsTest extends JsonTestBase {

  private static final Path CASE_STUDIES = Path.of("../examples/documents/case-studies");

  static List<Path> documents() throws IOException {
    try (Stream<Path> files = Files.list(CASE_STUDIES)) {
      return files.filter(f -> f.toString().endsWith(".case-study.json")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void thereAreSixteenNumberedInOrder() throws IOException {
    List<Path> documents = documents();
    assertEquals(16, documents.size(), documents.toString());
    for (int i = 0; i < documents.size(); i++) {
      Path file = documents.get(i);
      String name = file.getFileName().toString();
      assertTrue(name.startsWith(String.format("%02d-", i + 1)), name);
      CaseStudy caseStudy = (CaseStudy) MieuxJson.readDocument(Files.readAllBytes(file)).value();
      assertEquals(i + 1, caseStudy.number(), name);
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void documentIsReadConformsAndIsCanonical(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Document doc = MieuxJson.readDocument(bytes);
    assertEquals(JsonSchemas.CASE_STUDY, doc.schema());
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(java.util.Set.of(), JsonSchemasTest.validate(JsonSchemas.CASE_STUDY, text), file.toString());
    assertEquals(text, MieuxJson.writePretty(doc.value()), file + " is not in the form MieuxJson.writePretty writes");
    assertEquals(doc.value(), MieuxJson.read(MieuxJson.write(doc.value()), CaseStudy.class));
  }
}
