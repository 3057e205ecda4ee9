package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.mieux.model.action.Action;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading a document whose type is not known in advance, by its shape. */
class DocumentTest extends JsonTestBase {

  @Test
  void requestIsRecognised() {
    Document doc = MieuxJson.readDocument(MieuxJson.writeBytes(Fixtures.request()));
    assertEquals(new Document.OfRequest(Fixtures.request()), doc);
    assertEquals(JsonSchemas.REQUEST, doc.schema());
  }

  @Test
  void actionIsRecognised() {
    Document doc = MieuxJson.readDocument(new StringReader(MieuxJson.write(Fixtures.detailedAction())));
    assertEquals(Fixtures.detailedAction(), ((Document.OfAction) doc).action());
    assertEquals(JsonSchemas.ACTION, doc.schema());
    assertInstanceOf(Action.class, doc.value());
  }

  @Test
  void caseStudyIsRecognised() {
    Document doc = MieuxJson.readDocument(MieuxJson.writeBytes(Fixtures.caseStudy()));
    assertEquals(new Document.OfCaseStudy(Fixtures.caseStudy()), doc);
    assertEquals(JsonSchemas.CASE_STUDY, doc.schema());
  }

  @Test
  void twoShapesAtOnceAreRefused() {
    String json = MieuxJson.write(Fixtures.caseStudy()).replace("{\"number\"", "{\"requestingBody\":{},\"number\"");
    MieuxJsonException e = assertThrows(MieuxJsonException.class,
        () -> MieuxJson.readDocument(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals("", e.pointer());
    assertEquals(true, e.getMessage().contains("found more than one"), e.getMessage());
  }

  @Test
  void unknownShapeIsRefusedAtTheRoot() {
    MieuxJsonException e = assertThrows(MieuxJsonException.class,
        () -> MieuxJson.readDocument(MieuxJson.writeBytes(Fixtures.decision())));
    assertEquals("", e.pointer());
    assertEquals(true, e.getMessage().contains("'requestingBodies'"), e.getMessage());
    assertThrows(MieuxJsonException.class, () -> MieuxJson.readDocument("[]".getBytes(StandardCharsets.UTF_8)));
    assertThrows(MieuxJsonException.class, () -> MieuxJson.readDocument(new byte[0]));
  }

  @Test
  void errorsInsideAreReportedAsForRead() {
    String json = MieuxJson.write(Fixtures.detailedAction()).replace("\"workshop\"", "\"party\"");
    MieuxJsonException e = assertThrows(MieuxJsonException.class,
        () -> MieuxJson.readDocument(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals("/fiche/plannedActivities/2", e.pointer());
  }
}
