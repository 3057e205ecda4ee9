package eu.mieux.rules;

import static com.google.common.base.Preconditions.checkArgument;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.decision.DataQuality;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Which coverage rows the eligibility rules may rely on, by their data quality.
 *
 * <p>The {@linkplain #standard() default} accepts every row: {@code VERIFIED}, {@code UNVERIFIED}
 * and {@code PROXY}. The {@linkplain #strict() strict} policy accepts {@code VERIFIED} rows only.
 * A row the policy does not accept is never silently dropped: a decision lists it as set aside, and
 * when the policy sets aside every row that applies, the answer is {@code UNDETERMINED}, not
 * {@code NO}.
 *
 * <p>Choice: the default uses all rows, because the unverified rows (the DCI thematic rows of
 * 2008-2013, the Brexit transition of 2020) and the NDICI proxy rows of 2021-2025 are the data's
 * best answer, and MIEUX+ served "countries eligible for EU development assistance"
 * (ELIGIBILITY-NOTES.md §1 and §6). Callers who need only primary evidence pass {@link #strict()}.
 *
 * <pre>{@code
 * CountryEligibility strict = new CountryEligibility(CoverageTable.standard(), Policy.strict());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Policy {

  private static final Policy STANDARD = of(EnumSet.allOf(DataQuality.class));
  private static final Policy STRICT = of(EnumSet.of(DataQuality.VERIFIED));

  Policy() {}

  private static Policy of(Set<DataQuality> accepted) {
    return ImmutablePolicy.builder().addAllAcceptedQualities(accepted).build();
  }

  /**
   * Obtains the default policy, which accepts rows of every quality.
   *
   * @return the policy accepting {@code VERIFIED}, {@code UNVERIFIED} and {@code PROXY} rows
   */
  public static Policy standard() {
    return STANDARD;
  }

  /**
   * Obtains the strict policy, which accepts {@code VERIFIED} rows only.
   *
   * @return the strict policy
   */
  public static Policy strict() {
    return STRICT;
  }

  /**
   * Obtains a policy that accepts the given qualities.
   *
   * @param first  an accepted quality, not null
   * @param others  more accepted qualities, not null
   * @return the policy
   */
  public static Policy accepting(DataQuality first, DataQuality... others) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(others, "others");
    return of(EnumSet.of(first, others));
  }

  /**
   * Returns a copy of this policy that also refuses the given qualities.
   *
   * @param qualities  the qualities to refuse, not null
   * @return the narrower policy
   * @throws IllegalArgumentException if no quality would be left
   */
  public Policy excluding(DataQuality... qualities) {
    Objects.requireNonNull(qualities, "qualities");
    EnumSet<DataQuality> set = EnumSet.noneOf(DataQuality.class);
    set.addAll(acceptedQualities());
    set.removeAll(Arrays.asList(qualities));
    checkArgument(!set.isEmpty(), "qualities must leave at least one accepted quality of %s, but was %s",
        acceptedQualities(), Arrays.toString(qualities));
    return of(set);
  }

  /**
   * Checks if this policy accepts rows of a quality.
   *
   * @param quality  the data quality, not null
   * @return true if rows of that quality may decide
   */
  public boolean accepts(DataQuality quality) {
    return acceptedQualities().contains(quality);
  }

  /**
   * Gets the accepted qualities.
   *
   * @return the qualities, in order from best to worst, not empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<DataQuality> acceptedQualities();

  /**
   * Checks if this is the strict policy: {@code VERIFIED} rows only.
   *
   * @return true if only verified rows are accepted
   */
  public boolean isStrict() {
    return acceptedQualities().size() == 1 && acceptedQualities().contains(DataQuality.VERIFIED);
  }

  /**
   * Returns the text form, such as {@code Policy[VERIFIED]}.
   *
   * @return the accepted qualities, in order
   */
  @Override
  public String toString() {
    return "Policy" + acceptedQualities();
  }

  @Value.Check
  void check() {
    checkState(!acceptedQualities().isEmpty(), "acceptedQualities must not be empty, but was %s",
        acceptedQualities());
  }
}
