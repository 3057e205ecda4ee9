package eu.mieux.rules.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.ActionCode;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Region;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.register.RegisterEntryKind;
import eu.mieux.model.register.RegisterQuery;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.scoring.CaseStudies;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeRegisterTest {

  private static final KnowledgeRegister REGISTER = KnowledgeRegister.standard();

  private static List<String> titles(RegisterQuery query) {
    return REGISTER.query(query).stream().map(RegisterEntry::title).toList();
  }

  /** KM4 (001:163-166): the 16 case studies of 003 and the 28 Actions of RULES.md §12. */
  @Test
  void contents() {
    assertThat(REGISTER.entries()).hasSize(44);
    assertThat(REGISTER.entries().stream().filter(e -> e.kind() == RegisterEntryKind.CASE_STUDY))
        .hasSize(16);
    assertThat(REGISTER.query(RegisterQuery.builder().build())).isEqualTo(REGISTER.entries());
    assertThat(REGISTER.entries()).allSatisfy(e -> {
      assertThat(e.legalBases()).isNotEmpty();
      assertThat(e.legalBases()).extracting(LegalBasis::source)
          .allMatch(s -> s.startsWith("10-year report 'Créer des liens' (2020), ")
              || s.startsWith("MIEUX annual report 2018, "));
      assertThat(e.regions()).isNotEmpty();
    });
    for (int n = 1; n <= 16; n++) {
      RegisterEntry entry = REGISTER.entries().get(n - 1);
      assertThat(entry.caseStudyNumber()).contains(n);
      assertThat(entry.legalBases().get(0).source()).isEqualTo(CaseStudies.ofNumber(n).source());
      assertThat(entry.characteristics()).isEqualTo(CaseStudies.ofNumber(n).credited());
    }
  }

  /** RULES.md §6.3: credited per characteristic 8, 4, 4, 11, 10, 6, 3, 4, 5, 7. */
  @ParameterizedTest
  @CsvSource({"OWNERSHIP, 8", "INNOVATION, 4", "REPLICABILITY, 4", "RESULTS_ORIENTED, 11",
      "ENDORSEMENT, 10", "INTEGRATION, 6", "EXPERTISE, 3", "COMPLEMENTARITY_AND_SYNERGY, 4",
      "EU_ADDED_VALUE, 5", "CATALYST, 7"})
  void byCharacteristic(GoodPracticeCharacteristic characteristic, int count) {
    assertThat(REGISTER.query(RegisterQuery.builder().characteristic(characteristic).build()))
        .hasSize(count);
  }

  /** RULES.md §6.3: expertise is credited to the Philippines, Kenya II and Mexico II only. */
  @Test
  void expertise() {
    assertThat(titles(RegisterQuery.builder().characteristic(GoodPracticeCharacteristic.EXPERTISE)
        .build())).containsExactly("Philippines: communicating with migrants",
            "Kenya (II): SOPs for migration data", "Mexico II: EASO training curriculum");
  }

  @Test
  void byAreaAndCharacteristic() {
    assertThat(titles(RegisterQuery.builder().thematicArea(ThematicArea.MIGRATION_AND_DEVELOPMENT)
        .characteristic(GoodPracticeCharacteristic.ENDORSEMENT).build()))
        .containsExactly("South-East Asia: cooperation on migration", "Mauritius II: M&D policy",
            "Malawi: diaspora engagement policy", "Madagascar: diaspora engagement policy");
  }

  @Test
  void bySubTopic() {
    assertThat(titles(RegisterQuery.builder().subTopic(SubTopic.DIASPORA_ENGAGEMENT).build()))
        .containsExactly("Malawi: diaspora engagement policy",
            "Madagascar: diaspora engagement policy",
            "Ghana IV: finalisation of the diaspora engagement policy");
  }

  /** Kenya II is both case study 10 (003:2194-2208) and Action 2016-16 (001:978). */
  @Test
  void byCountry() {
    List<RegisterEntry> kenya = REGISTER.query(RegisterQuery.builder().country(Country.KE).build());
    assertThat(kenya).extracting(RegisterEntry::kind)
        .containsExactly(RegisterEntryKind.CASE_STUDY, RegisterEntryKind.ACTION);
    assertThat(kenya.get(1).code()).contains(ActionCode.parse("2016-16"));
    assertThat(kenya.get(1).urlSlugs()).containsExactly("182-kenya-data-management");
  }

  @Test
  void byRegionAndDeliverable() {
    assertThat(titles(RegisterQuery.builder().region(Region.LATIN_AMERICA_CARIBBEAN)
        .deliverableType(DeliverableType.GUIDELINES_OR_PROTOCOL).build()))
        .contains("Peru III: smuggling of migrants and THB (001 gives code 2017-04) [ambiguous]",
            "Costa Rica III: smuggling of migrants and trafficking in human beings")
        .allMatch(t -> !t.startsWith("Kenya"));
    assertThat(titles(RegisterQuery.builder()
        .deliverableType(DeliverableType.STANDARD_OPERATING_PROCEDURES).country(Country.KE)
        .build())).hasSize(2);
    assertThat(REGISTER.query(RegisterQuery.builder().region(Region.EU_NEIGHBOURHOOD).build()))
        .extracting(e -> e.countries().get(0))
        .containsOnly(Country.BY, Country.JO, Country.MD);
  }

  /** COMESA, a regional organisation, names no country but is found by region. */
  @Test
  void regionalOrganisation() {
    RegisterEntry comesa = REGISTER.query(RegisterQuery.builder()
        .subTopic(SubTopic.DATA_HARMONISATION_AND_SHARING).build()).get(1);
    assertThat(comesa.code()).contains(ActionCode.parse("2012-06"));
    assertThat(comesa.countries()).isEmpty();
    assertThat(comesa.regions()).containsExactly(Region.AFRICA_CENTRAL_EAST_SOUTHERN);
  }

  @Test
  void entryInvariants() {
    RegisterEntry.Builder entry = RegisterEntry.builder().kind(RegisterEntryKind.ACTION)
        .title("x").addThematicArea(ThematicArea.HORIZONTAL_INTERVENTIONS)
        .addLegalBasis(LegalBasis.ofCitation("b", "s"));
    assertThat(entry.build().title()).isEqualTo("x");
    assertThatThrownBy(() -> RegisterEntry.builder().from(entry.build()).addUrlSlug("Kenya").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("urlSlugs[0] must look like '182-kenya-data-management', but was 'Kenya'");
    assertThatThrownBy(() -> RegisterEntry.builder().from(entry.build())
        .addSubTopic(SubTopic.SMUGGLING_OF_MIGRANTS).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("subTopics[0] must belong to one of thematicAreas");
    assertThatThrownBy(() -> RegisterEntry.builder().from(entry.build()).caseStudyNumber(3).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("caseStudyNumber must be given exactly for case studies, but was Optional[3] for"
            + " kind ACTION");
  }
}
