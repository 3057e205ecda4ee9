package eu.mieux.rules.theme;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.decision.Outcome;
import eu.mieux.model.theme.ThematicArea;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThematicScopeTest {

  /** The seeds' reading of R-EL7; the default is advisory before 2012 (RULES.md §15.2, EarlyMandateTest). */
  private final ThematicScope scope = new ThematicScope(ThematicScope.DEFAULT_ALL_AREAS_FROM, true);

  /** R-EL7: 003:393 and 003:677 (MIEUX I irregular migration only; all pillars from 2012), strict reading. */
  @ParameterizedTest
  @CsvSource({
      "IRREGULAR_MIGRATION_AND_THB, 2009-03-01, YES",
      "LEGAL_MIGRATION_AND_MOBILITY, 2011-12-31, NO",
      "LEGAL_MIGRATION_AND_MOBILITY, 2012-01-01, YES",
      "MIGRATION_AND_DEVELOPMENT, 2010-06-01, NO",
      "MIGRATION_AND_DEVELOPMENT, 2012-12-01, YES",
      "INTERNATIONAL_PROTECTION_AND_ASYLUM, 2011-06-30, NO",
      "HORIZONTAL_INTERVENTIONS, 2011-12-31, NO",
      "HORIZONTAL_INTERVENTIONS, 2016-01-01, YES",
  })
  void mandateByDate(ThematicArea area, LocalDate date, Outcome expected) {
    assertThat(scope.check(List.of(area), date).outcome()).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void noAreaIsUndetermined() {
    assertThat(scope.check(List.of(), LocalDate.of(2015, 1, 1)).outcome()).isEqualTo(Outcome.UNDETERMINED);
  }

  @org.junit.jupiter.api.Test
  void theStartOfAllAreasIsASetting() {
    ThematicScope from2011 = new ThematicScope(LocalDate.of(2011, 1, 1));
    assertThat(from2011.check(List.of(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY), LocalDate.of(2011, 6, 1))
        .outcome()).isEqualTo(Outcome.YES);
  }

  @org.junit.jupiter.api.Test
  void aRefusalNamesTheAreaAndCitesTheSeeds() {
    var decision = scope.check(List.of(ThematicArea.IRREGULAR_MIGRATION_AND_THB,
        ThematicArea.MIGRATION_AND_DEVELOPMENT), LocalDate.of(2010, 1, 1));
    assertThat(decision.outcome()).isEqualTo(Outcome.NO);
    assertThat(decision.reasons()).hasSize(2);
    assertThat(decision.reasons().get(1).message()).contains("Migration and Development").contains("2012-01-01");
    assertThat(decision.reasons().get(1).legalBases().get(0).source()).contains("10-year report 'Créer des liens' (2020), \"Objectifs\", p. 19-24");
  }

  @Property
  void irregularMigrationIsAlwaysInScope(@ForAll @DateRange(min = "2008-12-01", max = "2024-04-30") LocalDate date) {
    assertThat(scope.isInScope(ThematicArea.IRREGULAR_MIGRATION_AND_THB, date)).isTrue();
  }

  /** The 0.1.0 name still answers, as {@code check} does (deprecated for removal in 0.2.0). */
  @org.junit.jupiter.api.Test
  @SuppressWarnings("removal")
  void decideIsTheOldNameOfCheck() {
    List<ThematicArea> areas = List.of(ThematicArea.MIGRATION_AND_DEVELOPMENT);
    assertThat(scope.decide(areas, LocalDate.of(2010, 1, 1))).isEqualTo(scope.check(areas, LocalDate.of(2010, 1, 1)));
  }

  /** RULES.md §15.2: the advisory reason cites the catalogue's R-EL7a, with the record's sources, and R-EL7. */
  @org.junit.jupiter.api.Test
  void theEarlyMandateConflictComesFromTheCatalogue() {
    var reason = new ThematicScope(ThematicScope.DEFAULT_ALL_AREAS_FROM)
        .check(List.of(ThematicArea.MIGRATION_AND_DEVELOPMENT), LocalDate.of(2010, 1, 1)).reasons().get(0);
    assertThat(reason.legalBases()).containsExactly(
        eu.mieux.rules.catalogue.RuleCatalogue.standard().legalBasis(ThematicScope.EARLY_MANDATE_CONFLICT),
        eu.mieux.rules.catalogue.RuleCatalogue.standard().legalBasis(ThematicScope.RULE));
    assertThat(reason.legalBases().get(0).basis()).startsWith("R-EL7a: ");
    assertThat(reason.legalBases().get(0).source()).contains("slideserve").contains("mieux-initiative.eu/en/actions");
  }
}
