package eu.mieux.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Country;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.rules.MieuxRules;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, written but unreadable: {@code eligibility UA +10000-01-01 --format json} wrote a
 * decision that no reader accepts. A request decision is refused at the API for a date outside the
 * ISO-8601 four-digit years, with a clear message, and answered for every date inside them.
 */
class Issue18DocumentDatesTest {

  private static final RequestEligibility RULE = MieuxRules.standard().requestEligibility();

  @Test
  void aDecisionForYear10000IsRefusedAtTheApi() {
    assertThatThrownBy(() -> RULE.check(List.of(Country.UA), LocalDate.of(10000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date must be within the ISO-8601 four-digit years 0000-01-01/9999-12-31, but was +10000-01-01");
    assertThatThrownBy(() -> RULE.check(List.of(Country.UA), RequesterKind.NATIONAL_PUBLIC_AUTHORITY,
        LocalDate.of(-1, 12, 31))).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 100)
  void everyDateOfTheFourDigitYearsGetsADecision(@ForAll("documentDates") LocalDate date) {
    assertThat(RULE.check(List.of(Country.UA), date).date()).isEqualTo(date);
  }

  @Provide
  Arbitrary<LocalDate> documentDates() {
    LocalDate first = ValidityPeriod.DOCUMENT_DATES.start();
    LocalDate last = ValidityPeriod.DOCUMENT_DATES.endInclusive();
    return Arbitraries.oneOf(Arbitraries.of(first, last, LocalDate.of(2016, 5, 1)),
        Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay));
  }
}
