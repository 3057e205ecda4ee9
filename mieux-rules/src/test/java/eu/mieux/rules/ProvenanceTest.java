package eu.mieux.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.decision.Provenance;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What produced an answer (issue 17 item 8): one shared object per rules instance. */
class ProvenanceTest {

  @Test
  void theStandardRulesNameTheLibraryVersionAndTheDataAndNoChangedSetting() {
    MieuxRules rules = MieuxRules.standard();
    Provenance provenance = rules.provenance();
    assertThat(provenance.libraryVersion()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    assertThat(provenance.coverageData()).isEqualTo("coverage.csv " + rules.coverage().version());
    assertThat(provenance.settings()).isEmpty();
    assertThat(rules.provenance()).isSameAs(provenance);
  }

  @Test
  void aChangedSettingIsNamedWithItsValue() {
    MieuxRules strict = MieuxRules.of(RulesConfig.standard().withPolicy(Policy.strict()));
    assertThat(strict.provenance().settings()).containsOnlyKeys("policy")
        .containsEntry("policy", Policy.strict().toString());
    assertThat(MieuxRules.of(RulesConfig.standard()).provenance()).isEqualTo(MieuxRules.standard().provenance());
  }

  @Test
  void blankVersionsAreRefused() {
    assertThatThrownBy(() -> Provenance.of(" ", "coverage.csv 2026-11", Map.of()))
        .isInstanceOf(IllegalStateException.class).hasMessage("libraryVersion must not be blank, but was ' '");
  }
}
