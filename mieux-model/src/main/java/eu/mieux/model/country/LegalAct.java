package eu.mieux.model.country;

import static com.google.common.base.Preconditions.checkArgument;

import eu.mieux.model.ValidityPeriod;
import java.util.Objects;
import eu.mieux.model.internal.Quote;
import eu.mieux.model.internal.Invariants;

/**
 * An EU legal act that founds an instrument for a period, such as Regulation (EU) No 233/2014.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegalAct {

  private final String title;
  private final String eli;
  private final ValidityPeriod period;

  private LegalAct(String title, String eli, ValidityPeriod period) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(eli, "eli");
    Objects.requireNonNull(period, "period");
    checkArgument(!Invariants.isBlank(title), "title must not be blank, but was %s", Quote.of(title));
    this.title = title;
    this.eli = eli;
    this.period = period;
  }

  /**
   * Obtains a legal act.
   *
   * @param title  the official short title, such as {@code Regulation (EU) No 233/2014}, not blank
   * @param eli  the European Legislation Identifier link, or empty if none, not null
   * @param period  the period of application, inclusive at both ends, not null
   * @return the legal act
   * @throws IllegalArgumentException if the title is blank
   */
  public static LegalAct of(String title, String eli, ValidityPeriod period) {
    return new LegalAct(title, eli, period);
  }

  /**
   * Gets the official short title.
   *
   * @return the title, not blank
   */
  public String title() {
    return title;
  }

  /**
   * Gets the ELI link of the act.
   *
   * @return the link, or an empty string when the act has none
   */
  public String eli() {
    return eli;
  }

  /**
   * Gets the period in which the act applies, inclusive at both ends.
   *
   * @return the period of application
   */
  public ValidityPeriod period() {
    return period;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof LegalAct other && title.equals(other.title) && eli.equals(other.eli)
        && period.equals(other.period);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, eli, period);
  }

  /**
   * Returns the title and the period, such as {@code Regulation (EU) No 233/2014 (2014-01-01/2020-12-31)}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return title + " (" + period + ")";
  }
}
