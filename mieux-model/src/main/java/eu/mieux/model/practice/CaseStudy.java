package eu.mieux.model.practice;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.action.Action;
import eu.mieux.model.internal.Invariants;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A documented good-practice Action: one of the 16 case studies of 003 (RULES.md §6.3), with the
 * characteristics its "PARTICULARITÉS MIEUX" panel credits and the evidence its text reports.
 *
 * <p>{@link #evidence()} holds the facts the narrative gives for the credited characteristics.
 * {@link #evidenceNotCredited()} holds facts the same narrative reports that this library's
 * {@link EvidenceKind}s would file under a characteristic the panel does not credit (Belarus's
 * experts are praised, yet expertise is not credited). They are kept apart, not dropped, because
 * the panel is the report's own assessment: the fixtures reproduce it, and show where a reader
 * of the narrative might disagree.
 *
 * <p>Invariants checked by {@code build()}: the number is 1 to 16; the title and source are not
 * blank; at least one characteristic is credited; every credited characteristic has evidence;
 * every item of {@link #evidence()} supports a credited characteristic; every item of
 * {@link #evidenceNotCredited()} supports one that is not credited.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class CaseStudy {

  CaseStudy() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the case study's number, in the order of 003 (RULES.md §6.3).
   *
   * @return the number, 1 to 16
   */
  public abstract int number();

  /**
   * Gets the title, in English, such as {@code Thailand: THB prevention and victim protection}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Gets the Action the case study describes; a synthesis of consecutive Actions is modelled as
   * one.
   *
   * @return the Action
   */
  public abstract Action action();

  /**
   * Gets the evidence the text reports for the credited characteristics.
   *
   * @return the evidence, in the order of the text
   */
  public abstract List<Evidence> evidence();

  /**
   * Gets the evidence the text reports for characteristics the panel does not credit.
   *
   * @return the evidence, possibly empty
   */
  public abstract List<Evidence> evidenceNotCredited();

  /**
   * Gets the characteristics the case study's panel credits.
   *
   * @return the characteristics, in the order of their numbers, not empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<GoodPracticeCharacteristic> credited();

  /**
   * Gets where the panel is, such as 10-year report p. 97-100.
   *
   * @return the source, not blank
   */
  public abstract String source();

  @Value.Check
  void check() {
    checkState(number() >= 1 && number() <= 16, "number must be between 1 and 16, but was %s",
        number());
    Invariants.checkNotBlank("title", title());
    Invariants.checkNotBlank("source", source());
    checkState(!credited().isEmpty(), "credited must not be empty, but was %s", credited());
    Set<GoodPracticeCharacteristic> backed = EnumSet.noneOf(GoodPracticeCharacteristic.class);
    for (int i = 0; i < evidence().size(); i++) {
      Evidence e = evidence().get(i);
      checkState(credited().contains(e.characteristic()),
          "evidence[%s] must support a credited characteristic %s, but supports %s",
          i, credited(), e.characteristic());
      backed.add(e.characteristic());
    }
    for (GoodPracticeCharacteristic c : credited()) {
      checkState(backed.contains(c),
          "credited must only hold characteristics with evidence, but %s has none", c);
    }
    for (int i = 0; i < evidenceNotCredited().size(); i++) {
      Evidence e = evidenceNotCredited().get(i);
      checkState(!credited().contains(e.characteristic()),
          "evidenceNotCredited[%s] must support a characteristic outside credited %s, but supports %s",
          i, credited(), e.characteristic());
    }
  }

  /** A builder of {@link CaseStudy}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableCaseStudy.Builder {
    /** Creates an empty builder; prefer {@link CaseStudy#builder()}. */
    public Builder() {}
  }
}
