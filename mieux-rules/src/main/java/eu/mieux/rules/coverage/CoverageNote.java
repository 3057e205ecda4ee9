package eu.mieux.rules.coverage;

import static com.google.common.base.Preconditions.checkArgument;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.LegalBasis;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A documented fact about a country's coverage that the rows alone cannot state, such as "ENI and
 * NDICI cover the Russian Federation only for cross-border cooperation" (ELIGIBILITY-NOTES.md §2).
 *
 * <p>Notes come from {@code coverage-notes.csv}, beside {@code coverage.csv}; each cites the section
 * of {@code ELIGIBILITY-NOTES.md} or {@code SOURCES.md} it summarises. They never grant coverage:
 * the rules use them to explain a negative or undetermined answer.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoverageNote {

  private final Country country;
  private final ValidityPeriod period;
  private final String note;
  private final String source;
  private final DataQuality quality;
  // built on first use (racy single-check: the value is immutable and always equal), so that
  // loading the shipped table does not build the notes' legal bases before a check needs one
  private LegalBasis legalBasis;

  private CoverageNote(Country country, ValidityPeriod period, String note, String source) {
    this.country = Objects.requireNonNull(country, "country");
    this.period = Objects.requireNonNull(period, "period");
    this.note = Objects.requireNonNull(note, "note");
    this.source = Objects.requireNonNull(source, "source");
    checkArgument(!note.isBlank(), "note must not be blank, but was '%s'", note);
    checkArgument(!source.isBlank(), "source must not be blank, but was '%s'", source);
    this.quality = CoverageRow.qualityOf(source);
  }

  /**
   * Obtains a note from its parts.
   *
   * @param country  the country the note is about, not null
   * @param period  when the note applies, inclusive at both ends, not null
   * @param note  the fact, one English clause, not blank
   * @param source  where it is documented, with an {@code unverified:} or {@code proxy:} prefix
   *     where that applies, not blank
   * @return the note
   * @throws IllegalArgumentException if a text is blank
   */
  public static CoverageNote of(Country country, ValidityPeriod period, String note, String source) {
    return new CoverageNote(country, period, note, source);
  }

  /**
   * Gets the country the note is about.
   *
   * @return the country
   */
  public Country country() {
    return country;
  }

  /**
   * Gets the period in which the note applies, inclusive at both ends.
   *
   * @return the period
   */
  public ValidityPeriod period() {
    return period;
  }

  /**
   * Checks if the note applies on a date, ends included.
   *
   * @param date  the date, not null
   * @return true if the note's period contains the date
   */
  public boolean isValidOn(LocalDate date) {
    return period.contains(date);
  }

  /**
   * Gets the fact the note states.
   *
   * @return the note text, not blank
   */
  public String note() {
    return note;
  }

  /**
   * Gets where the fact is documented.
   *
   * @return the source text, not blank
   */
  public String source() {
    return source;
  }

  /**
   * Gets how well the source backs the note, from the prefix of {@link #source()}.
   *
   * @return the data quality
   */
  public DataQuality quality() {
    return quality;
  }

  /**
   * Gets the note as a legal basis: no instrument, the note's period, text and source.
   *
   * @return the legal basis, built on the first call, then equal on every call
   */
  public LegalBasis toLegalBasis() {
    LegalBasis basis = legalBasis;
    if (basis == null) {
      basis = LegalBasis.builder().period(period).basis(note).source(source).quality(quality)
          .build();
      legalBasis = basis;
    }
    return basis;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CoverageNote other && country == other.country
        && period.equals(other.period) && note.equals(other.note) && source.equals(other.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(country, period, note, source);
  }

  /**
   * Returns a short form, such as {@code RU 2014-01-01/2027-12-31: ENI and NDICI ...}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return country + " " + period + ": " + note;
  }
}
