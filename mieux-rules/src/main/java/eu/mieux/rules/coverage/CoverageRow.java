package eu.mieux.rules.coverage;

import static com.google.common.base.Preconditions.checkArgument;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.LegalBasis;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the coverage data: a country covered by an instrument, or listed as reference data,
 * for a period inclusive at both ends, with the row's legal basis and source verbatim.
 *
 * <p>A row whose {@code instrument} column is {@code DAC_ODA} is reference data (membership of the
 * OECD DAC list of ODA recipients and the income group): {@link #instrument()} is empty and
 * {@link #isReference()} is true. Such a row never makes a country eligible by itself
 * (ELIGIBILITY-NOTES.md §1).
 *
 * <p>The {@link #quality()} comes from the prefix of the {@code source} column: {@code unverified}
 * (including {@code unverified (membership carried over ...)}) gives {@link DataQuality#UNVERIFIED},
 * {@code proxy:} gives {@link DataQuality#PROXY}, anything else {@link DataQuality#VERIFIED}
 * (SOURCES.md, "How to read the source column").
 *
 * <p>Choice: a hand-written final class rather than an Immutables value, so that no generated
 * {@code Immutable*} type leaks out of the model (STYLE.md §10) and so that the row can hold its
 * {@link LegalBasis} ready-made for the hot path. Equality ignores {@link #line()}: two rows with the
 * same content are duplicates wherever they stand.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoverageRow {

  /** The {@code instrument} column value of reference rows. */
  public static final String REFERENCE_SCHEME = "DAC_ODA";

  private final int line;
  private final Country country;
  private final String name;
  private final Optional<Instrument> instrument;
  private final ValidityPeriod period;
  private final String basis;
  private final String source;
  private final DataQuality quality;
  // built on first use (racy single-check: the value is immutable and always equal), so that
  // loading the table does not build 1,639 legal bases before the first check needs a few
  private LegalBasis legalBasis;

  private CoverageRow(int line, Country country, String name, Optional<Instrument> instrument,
      ValidityPeriod period, String basis, String source) {
    this.line = line;
    this.country = Objects.requireNonNull(country, "country");
    this.name = Objects.requireNonNull(name, "name");
    this.instrument = Objects.requireNonNull(instrument, "instrument");
    this.period = Objects.requireNonNull(period, "period");
    this.basis = Objects.requireNonNull(basis, "basis");
    this.source = Objects.requireNonNull(source, "source");
    checkArgument(line >= 1, "line must be at least 1, but was %s", line);
    checkArgument(!name.isBlank(), "name must not be blank, but was '%s'", name);
    checkArgument(!basis.isBlank(), "basis must not be blank, but was '%s'", basis);
    checkArgument(!source.isBlank(), "source must not be blank, but was '%s'", source);
    this.quality = qualityOf(source);
  }

  /**
   * Obtains a row from its parts.
   *
   * @param line  the 1-based line of the data file the row starts on, at least 1
   * @param country  the country of the {@code iso2} column, not null
   * @param name  the {@code name_en} column, not blank
   * @param instrument  the instrument, or empty for a {@code DAC_ODA} reference row, not null
   * @param period  the {@code valid_from}/{@code valid_to} period, inclusive at both ends, not null
   * @param basis  the {@code basis} column, verbatim, not blank
   * @param source  the {@code source} column, verbatim with its prefix, not blank
   * @return the row
   * @throws IllegalArgumentException if {@code line} is below 1 or a text is blank
   */
  public static CoverageRow of(int line, Country country, String name,
      Optional<Instrument> instrument, ValidityPeriod period, String basis, String source) {
    return new CoverageRow(line, country, name, instrument, period, basis, source);
  }

  /**
   * Obtains the data quality that a {@code source} column states by its prefix.
   *
   * @param source  the {@code source} column, not null
   * @return {@code UNVERIFIED} for an {@code unverified} prefix, {@code PROXY} for {@code proxy:},
   *     otherwise {@code VERIFIED}
   */
  public static DataQuality qualityOf(String source) {
    Objects.requireNonNull(source, "source");
    if (source.startsWith("unverified")) {
      return DataQuality.UNVERIFIED;
    }
    if (source.startsWith("proxy:")) {
      return DataQuality.PROXY;
    }
    return DataQuality.VERIFIED;
  }

  /**
   * Gets the line of the data file on which this row starts.
   *
   * @return the 1-based line number; the header is line 1
   */
  public int line() {
    return line;
  }

  /**
   * Gets the country of the row.
   *
   * @return the country of the {@code iso2} column
   */
  public Country country() {
    return country;
  }

  /**
   * Gets the English name the data gives the country, such as {@code Saint-Barthelemy}.
   *
   * @return the {@code name_en} column, not blank
   */
  public String name() {
    return name;
  }

  /**
   * Gets the instrument that covers the country.
   *
   * @return the instrument, or empty for a {@code DAC_ODA} reference row
   */
  public Optional<Instrument> instrument() {
    return instrument;
  }

  /**
   * Checks if this is a reference row ({@code DAC_ODA}), which never grants coverage.
   *
   * @return true if the row has no instrument
   */
  public boolean isReference() {
    return instrument.isEmpty();
  }

  /**
   * Gets the scheme of the row as written in the {@code instrument} column.
   *
   * @return the instrument name, such as {@code ENI}, or {@code DAC_ODA}
   */
  public String scheme() {
    return instrument.map(Instrument::name).orElse(REFERENCE_SCHEME);
  }

  /**
   * Gets the period of the row, inclusive at both ends.
   *
   * @return the {@code valid_from}/{@code valid_to} period
   */
  public ValidityPeriod period() {
    return period;
  }

  /**
   * Checks if the row applies on a date, ends included.
   *
   * @param date  the date, not null
   * @return true if the row's period contains the date
   */
  public boolean isValidOn(LocalDate date) {
    return period.contains(date);
  }

  /**
   * Gets the legal basis of the row, verbatim.
   *
   * @return the {@code basis} column, not blank
   */
  public String basis() {
    return basis;
  }

  /**
   * Gets the source of the row, verbatim, with its {@code unverified} or {@code proxy:} prefix.
   *
   * @return the {@code source} column, not blank
   */
  public String source() {
    return source;
  }

  /**
   * Gets how well the source backs the row, from the prefix of {@link #source()}.
   *
   * @return the data quality
   */
  public DataQuality quality() {
    return quality;
  }

  /**
   * Gets the row as the legal basis of a reason: instrument, period, basis and source verbatim, and
   * quality.
   *
   * @return the legal basis, the same instance on every call
   */
  public LegalBasis toLegalBasis() {
    LegalBasis basis = legalBasis;
    if (basis == null) {
      LegalBasis.Builder builder = LegalBasis.builder().period(period).basis(this.basis).source(source)
          .quality(quality);
      instrument.ifPresent(builder::instrument);
      basis = builder.build();
      legalBasis = basis;
    }
    return basis;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof CoverageRow other && country == other.country && name.equals(other.name)
        && instrument.equals(other.instrument) && period.equals(other.period)
        && basis.equals(other.basis) && source.equals(other.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(country, name, instrument, period, basis, source);
  }

  /**
   * Returns a short form, such as {@code UA ENI 2014-01-01/2020-12-31 (line 1456)}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return country + " " + scheme() + " " + period + " (line " + line + ")";
  }
}
