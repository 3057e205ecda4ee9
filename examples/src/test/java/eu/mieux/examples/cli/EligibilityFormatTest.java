package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.json.MieuxJson;
import eu.mieux.json.Recorded;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.rules.MieuxRules;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EligibilityFormatTest {

  @Test
  void jsonIsTheRequestDecisionRecordedWithItsProvenance() {
    CliRun run = CliRun.of("", "eligibility", "UA", "2016-05-01", "--format", "json");
    assertThat(run.status).isZero();
    Recorded<RequestDecision> recorded =
        MieuxJson.readRecorded(run.out.getBytes(StandardCharsets.UTF_8), RequestDecision.class);
    assertThat(recorded.answer().outcome()).isEqualTo(Outcome.YES);
    assertThat(recorded.answer().countries()).hasSize(1);
    assertThat(recorded.provenance()).isEqualTo(MieuxRules.standard().provenance());
    assertThat(recorded.provenance().settings()).isEmpty();
  }

  @Test
  void theProvenanceNamesTheSettingsThatDiffer() {
    CliRun run = CliRun.of("", "eligibility", "UA", "2016-05-01", "--format", "json", "--strict");
    assertThat(run.status).isZero();
    Recorded<RequestDecision> recorded =
        MieuxJson.readRecorded(run.out.getBytes(StandardCharsets.UTF_8), RequestDecision.class);
    assertThat(recorded.provenance().settings()).containsOnlyKeys("policy");
  }

  @Test
  void csvHasTheBatchColumnsAndOneRowPerCountry() {
    CliRun run = CliRun.of("", "eligibility", "AN", "2012-05-01", "--format", "csv");
    assertThat(run.out.lines()).containsExactly("iso2,date,eligible,instruments,reason",
        "CW,2012-05-01,true,OAD,\"covered: OCT listed in Annex IA of Decision 2001/822/EC\"",
        "SX,2012-05-01,true,OAD,\"covered: OCT listed in Annex IA of Decision 2001/822/EC\"",
        "BQ,2012-05-01,true,OAD,\"covered: OCT listed in Annex IA of Decision 2001/822/EC\"");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = CliRun.of("", "eligibility", "UA", "2016-05-01", "--format", "xml");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("--format must be one of [text, json, csv], but was 'xml'");
  }
}
