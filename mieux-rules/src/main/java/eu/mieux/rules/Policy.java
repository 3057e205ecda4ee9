package eu.mieux.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import eu.mieux.model.decision.DataQuality;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;

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
public final class Policy {

  private static final Policy STANDARD = new Policy(EnumSet.allOf(DataQuality.class));
  private static final Policy STRICT = new Policy(EnumSet.of(DataQuality.VERIFIED));

  private final ImmutableSortedSet<DataQuality> accepted;

  private Policy(Set<DataQuality> accepted) {
    checkArgument(!accepted.isEmpty(), "accepted must not be empty, but was %s", accepted);
    this.accepted = ImmutableSortedSet.copyOf(accepted);
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
    EnumSet<DataQuality> set = EnumSet.of(first, others);
    return new Policy(set);
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
    set.addAll(accepted);
    set.removeAll(Arrays.asList(qualities));
    checkArgument(!set.isEmpty(), "qualities must leave at least one accepted quality of %s, but was %s",
        accepted, Arrays.toString(qualities));
    return new Policy(set);
  }

  /**
   * Checks if this policy accepts rows of a quality.
   *
   * @param quality  the data quality, not null
   * @return true if rows of that quality may decide
   */
  public boolean accepts(DataQuality quality) {
    return accepted.contains(quality);
  }

  /**
   * Gets the accepted qualities.
   *
   * @return the qualities, in order from best to worst, not empty
   */
  public SortedSet<DataQuality> acceptedQualities() {
    return accepted;
  }

  /**
   * Checks if this is the strict policy: {@code VERIFIED} rows only.
   *
   * @return true if only verified rows are accepted
   */
  public boolean isStrict() {
    return accepted.size() == 1 && accepted.contains(DataQuality.VERIFIED);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Policy other && accepted.equals(other.accepted);
  }

  @Override
  public int hashCode() {
    return accepted.hashCode();
  }

  /**
   * Returns the accepted qualities, such as {@code Policy[VERIFIED]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "Policy" + accepted;
  }
}
