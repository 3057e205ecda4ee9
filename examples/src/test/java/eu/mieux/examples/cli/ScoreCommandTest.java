package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.json.MieuxJson;
import eu.mieux.model.practice.GoodPracticeAssessment;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScoreCommandTest {

  static Stream<Path> caseStudies() throws IOException {
    return Files.list(Documents.directory().resolve("case-studies")).filter(p -> p.toString().endsWith(".json")).sorted();
  }

  /** Every case study the reports chose is a good-practice candidate under the default policy. */
  @ParameterizedTest
  @MethodSource("caseStudies")
  void everyCaseStudyDocumentScoresAsACandidate(Path file) {
    CliRun run = CliRun.of("", "score", file.toString());
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).contains("good-practice candidate").contains("this library");
  }

  @Test
  void thailandInTextAndJson() throws IOException {
    Path thailand = caseStudies().filter(p -> p.getFileName().toString().startsWith("01-")).findFirst().orElseThrow();
    CliRun text = CliRun.of("", "score", thailand.toString());
    assertThat(text.out).contains(" 1 Ownership").contains("score: 4 of 10 assessed met");
    CliRun json = CliRun.of("", "score", thailand.toString(), "--format", "json");
    assertThat(json.status).isZero();
    GoodPracticeAssessment assessment = MieuxJson.read(json.out, GoodPracticeAssessment.class);
    assertThat(assessment.profile()).containsExactlyInAnyOrderElementsOf(List.of(GoodPracticeCharacteristic.OWNERSHIP,
        GoodPracticeCharacteristic.RESULTS_ORIENTED, GoodPracticeCharacteristic.EU_ADDED_VALUE,
        GoodPracticeCharacteristic.CATALYST));
  }

  @Test
  void anActionDocumentIsNotACaseStudy() {
    CliRun run = CliRun.of("", "score", Documents.path("philippines-2010-2012.action.json"));
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("must be a case-study document, but is an Action document");
  }

  @Test
  void checkAcceptsCaseStudiesAndWritesJsonAssessments() throws IOException {
    Path thailand = caseStudies().findFirst().orElseThrow();
    CliRun run = CliRun.of("", "check", thailand.toString());
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).contains("case study 1 of Action");
    CliRun json = CliRun.of("", "check", Documents.path("costa-rica-ii-2016.request.json"), "--format", "json");
    assertThat(json.status).isZero();
    assertThat(json.out).startsWith("{\"provenance\":{\"libraryVersion\":").contains(",\"answer\":{\"findings\":[");
  }
}
