package eu.mieux.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.Phase;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.theme.CrsPurposeCode;
import eu.mieux.model.theme.SubTopic;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The settings' documented defaults and the checks of every setting. */
class IatiSettingsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    IatiSettings settings = IatiSettings.standard();
    assertThat(settings.reportingOrganisation().ref()).isEqualTo("XI-IATI-ICMPD");
    assertThat(settings.reportingOrganisation().type()).isEqualTo(IatiOrganisationType.MULTILATERAL);
    assertThat(settings.funder().ref()).isEqualTo("XM-DAC-918");
    assertThat(settings.extendingOrganisationOn(LocalDate.of(2021, 1, 15)).ref()).isEqualTo("XI-IATI-EC_DEVCO");
    assertThat(settings.extendingOrganisationOn(IatiSettings.INTPA_FROM).ref()).isEqualTo("XI-IATI-EC_INTPA");
    assertThat(settings.extendingOrganisationOn(LocalDate.of(2001, 1, 1)).ref()).isEqualTo("XI-IATI-EC_DEVCO");
    assertThat(settings.language()).isEqualTo("en");
    assertThat(settings.currency()).isEqualTo("EUR");
    assertThat(settings.hierarchy()).isEqualTo(2);
    assertThat(settings.phaseParents()).isEmpty();
    assertThat(settings.secondarySectors()).isEmpty();
    assertThat(settings.documentBase()).isEmpty();
  }

  @Test
  void toBuilderKeepsEverySetting() {
    IatiSettings settings = IatiSettings.builder().language("fr").currency("USD").hierarchy(1)
        .phaseParent(Phase.MIEUX_PLUS, "XI-IATI-ICMPD-PLUS")
        .secondarySectors(SubTopic.LABOUR_EXPLOITATION, List.of(CrsPurposeCode.MIGRATION, CrsPurposeCode.LABOUR_RIGHTS))
        .documentBase(URI.create("https://example.org/")).build();
    IatiSettings copy = settings.toBuilder().build();
    assertThat(copy.language()).isEqualTo("fr");
    assertThat(copy.currency()).isEqualTo("USD");
    assertThat(copy.hierarchy()).isEqualTo(1);
    assertThat(copy.phaseParents()).isEqualTo(Map.of(Phase.MIEUX_PLUS, "XI-IATI-ICMPD-PLUS"));
    assertThat(copy.secondarySectors()).containsOnlyKeys(SubTopic.LABOUR_EXPLOITATION);
    assertThat(copy.secondarySectors().get(SubTopic.LABOUR_EXPLOITATION)).containsExactly(CrsPurposeCode.LABOUR_RIGHTS);
    assertThat(copy.documentBase()).contains(URI.create("https://example.org/"));
  }

  @Test
  void badSettingsAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> IatiSettings.builder().language("EN"))
        .hasMessage("language must be an ISO 639-1 code of two lower-case letters, but was 'EN'");
    assertThatThrownBy(() -> IatiSettings.builder().currency("eur"))
        .hasMessage("currency must be an ISO 4217 code of three upper-case letters, but was 'eur'");
    assertThatThrownBy(() -> IatiSettings.builder().hierarchy(0)).hasMessage("hierarchy must be at least 1, but was 0");
    assertThatThrownBy(() -> IatiSettings.builder().phaseParent(Phase.MIEUX_I, "A/B"))
        .hasMessage("phaseParents[mieux_i] must be non-empty, without whitespace or any of / & | ?, but was 'A/B'");
    assertThatThrownBy(() -> IatiSettings.builder().documentBase(URI.create("actions/")))
        .hasMessage("documentBase must be an absolute URI, but was 'actions/'");
    assertThatThrownBy(() -> IatiSettings.builder().extendingOrganisations(Map.of()))
        .hasMessage("extendingOrganisations must not be empty, but was {}");
  }

  @ParameterizedTest
  @CsvSource({"'XI IATI', ' '", "'XI-IATI-A&B', &", "'', empty"})
  void organisationRefsHaveNoSpacesNorForbiddenSymbols(String ref, String why) {
    assertThatThrownBy(() -> IatiOrganisation.of(ref, "Name", IatiOrganisationType.OTHER))
        .as(why).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ref must be non-empty, without whitespace or any of / & | ?, but was '" + ref + "'");
  }

  @ParameterizedTest
  @CsvSource({"NATIONAL_PUBLIC_AUTHORITY, 10", "LOCAL_AUTHORITY, 11", "OMBUDSPERSON, 15", "PARLIAMENT, 15",
      "JUDICIAL_AUTHORITY, 15", "CIVIL_SOCIETY_ORGANISATION, 24", "REGIONAL_ORGANISATION, 40"})
  void requestersHaveTheirOrganisationType(RequesterKind kind, String code) {
    assertThat(IatiOrganisationType.of(kind).code()).isEqualTo(code);
    assertThat(IatiOrganisationType.fromCode(code)).isEqualTo(IatiOrganisationType.of(kind));
  }

  @Test
  void unknownOrganisationTypeCodesListTheCodelist() {
    assertThatThrownBy(() -> IatiOrganisationType.fromCode("99"))
        .hasMessageStartingWith("OrganisationType code must be one of [10, 11, 15, 21,").hasMessageEndingWith("but was '99'");
  }
}
