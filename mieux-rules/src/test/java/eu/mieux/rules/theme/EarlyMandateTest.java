package eu.mieux.rules.theme;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.request.Channel;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.RulesConfig;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-EL7 before 2012 is advisory by default (RULES.md §15.2): the programme's record lists MIEUX I
 * Actions on migration data (Armenia I, 2009-2010; The Gambia I, 2010-2012), a national migration
 * strategy (Cabo Verde I, 2009) and asylum legislation (Angola, 2009-2011), which the seeds' "irregular
 * migration only" would refuse. A setting restores the strict reading.
 */
class EarlyMandateTest {

  private static Request mieuxIRequest(Country country, LocalDate received, ThematicArea area) {
    return Request.builder()
        .addRequestingBody(RequestingBody.of("Government of " + country.englishName()
            + " (the record does not name the requesting body)", RequesterKind.NATIONAL_PUBLIC_AUTHORITY, country))
        .addPartnerCountry(country).receivedOn(received).channel(Channel.MIEUX_TEAM)
        .addThematicArea(area).description("MIEUX I Action of the programme's record, RULES.md §15.2").build();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      AM | 2009-06-01 | HORIZONTAL_INTERVENTIONS                     | Armenia I, migration data management
      GM | 2010-03-01 | HORIZONTAL_INTERVENTIONS                     | The Gambia I, migration data management
      CV | 2009-08-01 | HORIZONTAL_INTERVENTIONS                     | Cabo Verde I, national migration strategy
      AO | 2009-06-01 | INTERNATIONAL_PROTECTION_AND_ASYLUM          | Angola, asylum legislation
      """)
  void documentedMieuxIActionsPassWithAWarningNamingTheConflict(String iso2, LocalDate received, ThematicArea area,
      String action) {
    Request request = mieuxIRequest(Country.valueOf(iso2), received, area);
    Assessment byDefault = MieuxRules.standard().requestRules().assess(request);
    assertThat(byDefault.findings(Severity.ERROR)).as(action).isEmpty();
    assertThat(byDefault.findings(Severity.WARNING)).singleElement().satisfies(f -> {
      assertThat(f.ruleId().id()).isEqualTo("R-EL7");
      assertThat(f.path()).isEqualTo("/thematicAreas/0");
      assertThat(f.message()).contains("seeds").contains("record").contains("§15.2").contains("strict reading");
      assertThat(f.legalBases()).anySatisfy(c -> assertThat(c.source()).contains("slideserve.com"));
    });
    Assessment strict = MieuxRules.of(RulesConfig.builder().strictEarlyMandate(true).build()).requestRules()
        .assess(request);
    assertThat(strict.findings(Severity.ERROR)).extracting(f -> f.ruleId().id()).containsExactly("R-EL7");
  }

  @Test
  void theSettingChangesSeverityNotTheDate() {
    ThematicScope strict = new ThematicScope(RulesConfig.ALL_THEMATIC_AREAS_FROM, true);
    ThematicScope advisory = new ThematicScope(RulesConfig.ALL_THEMATIC_AREAS_FROM);
    LocalDate before = LocalDate.of(2011, 12, 31);
    assertThat(strict.severity(ThematicArea.MIGRATION_AND_DEVELOPMENT, before)).isEqualTo(Severity.ERROR);
    assertThat(advisory.severity(ThematicArea.MIGRATION_AND_DEVELOPMENT, before)).isEqualTo(Severity.WARNING);
    assertThat(advisory.check(List.of(ThematicArea.MIGRATION_AND_DEVELOPMENT), before).isYes()).isTrue();
    assertThat(strict.check(List.of(ThematicArea.MIGRATION_AND_DEVELOPMENT), before).isYes()).isFalse();
    assertThat(advisory.severity(ThematicArea.MIGRATION_AND_DEVELOPMENT, RulesConfig.ALL_THEMATIC_AREAS_FROM))
        .isEqualTo(Severity.INFO);
  }

  /** Irregular migration is never a warning, whatever the reading. */
  @Property(tries = 200)
  void irregularMigrationIsNeverWarned(@ForAll @DateRange(min = "2008-12-01", max = "2024-03-31") LocalDate date) {
    assertThat(new ThematicScope(RulesConfig.ALL_THEMATIC_AREAS_FROM)
        .severity(ThematicArea.IRREGULAR_MIGRATION_AND_THB, date)).isEqualTo(Severity.INFO);
  }
}
