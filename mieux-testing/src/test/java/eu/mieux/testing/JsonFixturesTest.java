package eu.mieux.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.json.Document;
import eu.mieux.json.MieuxJson;
import eu.mieux.model.practice.CaseStudy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonFixturesTest {

  @Test
  void everyCaseStudyDocumentReadsAsItsNumberedCaseStudy() {
    for (int n = 1; n <= 16; n++) {
      String json = JsonFixtures.caseStudy(n);
      CaseStudy caseStudy = MieuxJson.read(json, CaseStudy.class);
      assertThat(caseStudy.number()).isEqualTo(n);
      assertThat(MieuxJson.writePretty(caseStudy)).isEqualTo(json);
    }
  }

  @Test
  void everyRequestAndActionDocumentReads() {
    for (String name : JsonFixtures.documentNames()) {
      Document document = MieuxJson.readDocument(JsonFixtures.document(name).getBytes(StandardCharsets.UTF_8));
      assertThat(document).isInstanceOf(name.endsWith(".request.json") ? Document.OfRequest.class
          : Document.OfAction.class);
    }
  }

  @Test
  void unknownFixturesAreRefused() {
    assertThatThrownBy(() -> JsonFixtures.caseStudy(17)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number must be between 1 and 16, but was 17");
    assertThatThrownBy(() -> JsonFixtures.document("x.json")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 'x.json'");
  }
}
