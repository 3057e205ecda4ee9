package eu.mieux.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.rules.Policy;
import eu.mieux.rules.coverage.CoverageTable;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

/** The fast path answers exactly what the full decision answers. */
class InstrumentsOnTest {

  private final CountryEligibility standard = new CountryEligibility(CoverageTable.standard(), Policy.standard());
  private final CountryEligibility strict = new CountryEligibility(CoverageTable.standard(), Policy.strict());

  @Property(tries = 2000)
  void sameInstrumentsAsTheDecision(@ForAll Country country,
      @ForAll @DateRange(min = "1999-01-01", max = "2029-12-31") LocalDate date) {
    assertThat(standard.instrumentsOn(country, date)).isEqualTo(standard.check(country, date).instruments());
    assertThat(strict.instrumentsOn(country, date)).isEqualTo(strict.check(country, date).instruments());
  }

  /** Ukraine, 2016: ENI Annex I and DCI thematic rows (coverage.csv). */
  @Test
  void ukraine2016() {
    assertThat(standard.instrumentsOn(Country.UA, LocalDate.of(2016, 5, 1)))
        .containsExactly(Instrument.DCI, Instrument.ENI);
    assertThat(standard.instrumentsOn(Country.RU, LocalDate.of(2016, 5, 1))).isEmpty();
  }
}
