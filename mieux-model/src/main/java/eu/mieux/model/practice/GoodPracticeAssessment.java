package eu.mieux.model.practice;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.action.Action;
import eu.mieux.model.decision.Explained;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The good-practice assessment of an Action against the ten characteristics of RULES.md §6.1:
 * for each characteristic, {@link AssessmentStatus#MET}, {@link AssessmentStatus#NOT_MET} or
 * {@link AssessmentStatus#NOT_ASSESSED}, with the evidence that decided it.
 *
 * <p>The score is {@link #metCount()} out of {@link #assessedCount()}; characteristics not
 * assessed are in neither number. The {@link #weightedScore()} sums the policy's weights of the
 * characteristics met, and the Action is a good-practice candidate when it reaches the
 * {@link #candidateThreshold()}. The {@link #outcome()} is {@code YES} for a candidate, {@code NO}
 * otherwise, and {@code UNDETERMINED} when no characteristic was assessed. The reasons explain
 * each characteristic in turn, then the conclusion.
 *
 * <p><b>The numbers are this library's model, not a MIEUX rule.</b> The MIEUX reports give no
 * scale, weights, threshold or formula: a case study simply lists the characteristics it
 * illustrates (RULES.md §6.4 G1 and G6, §13 Q18).
 *
 * <p>Invariants checked by {@code build()}: exactly one entry per characteristic, in the order of
 * their numbers; the threshold is not negative; the outcome agrees with the numbers.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class GoodPracticeAssessment implements Explained {

  GoodPracticeAssessment() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the Action assessed.
   *
   * @return the Action
   */
  public abstract Action action();

  /**
   * Gets the assessment of each characteristic, in the order of their numbers, 1 to 10.
   *
   * @return ten characteristic assessments
   */
  public abstract List<CharacteristicAssessment> characteristics();

  /**
   * Gets the weighted score an Action must reach to be a good-practice candidate, under the
   * policy the assessment was made with.
   *
   * @return the threshold, zero or more
   */
  public abstract int candidateThreshold();

  @Override
  public abstract Outcome outcome();

  @Override
  public abstract List<Reason> reasons();

  /**
   * Gets the assessment of one characteristic.
   *
   * @param characteristic  the characteristic, not null
   * @return its assessment
   */
  public CharacteristicAssessment assessment(GoodPracticeCharacteristic characteristic) {
    return characteristics().get(characteristic.number() - 1);
  }

  /**
   * Gets the good-practice profile: the characteristics met (RULES.md §6.4 G6).
   *
   * @return a new set of the characteristics met, in the order of their numbers
   */
  public Set<GoodPracticeCharacteristic> profile() {
    return withStatus(AssessmentStatus.MET);
  }

  /**
   * Gets the characteristics with a status.
   *
   * @param status  the status, not null
   * @return a new set of the characteristics with that status, in the order of their numbers
   */
  public Set<GoodPracticeCharacteristic> withStatus(AssessmentStatus status) {
    Set<GoodPracticeCharacteristic> set = EnumSet.noneOf(GoodPracticeCharacteristic.class);
    for (CharacteristicAssessment c : characteristics()) {
      if (c.status() == status) {
        set.add(c.characteristic());
      }
    }
    return set;
  }

  /**
   * Gets the number of characteristics met.
   *
   * @return 0 to 10
   */
  public int metCount() {
    return withStatus(AssessmentStatus.MET).size();
  }

  /**
   * Gets the number of characteristics assessed, met or not; those not assessed are left out.
   *
   * @return 0 to 10, at least {@link #metCount()}
   */
  public int assessedCount() {
    return metCount() + withStatus(AssessmentStatus.NOT_MET).size();
  }

  /**
   * Gets the weighted score: the sum of the weights of the characteristics met.
   *
   * @return the weighted score, zero or more
   */
  public int weightedScore() {
    int sum = 0;
    for (CharacteristicAssessment c : characteristics()) {
      if (c.isMet()) {
        sum += c.weight();
      }
    }
    return sum;
  }

  /**
   * Checks if the Action is a good-practice candidate: at least one characteristic assessed and a
   * weighted score at or above the threshold.
   *
   * @return true for a candidate
   */
  public boolean isCandidate() {
    return assessedCount() > 0 && weightedScore() >= candidateThreshold();
  }

  @Value.Check
  void check() {
    GoodPracticeCharacteristic[] all = GoodPracticeCharacteristic.values();
    checkState(characteristics().size() == all.length,
        "characteristics must hold one entry per characteristic, 10, but held %s",
        characteristics().size());
    for (int i = 0; i < all.length; i++) {
      checkState(characteristics().get(i).characteristic() == all[i],
          "characteristics[%s] must be %s, but was %s", i, all[i],
          characteristics().get(i).characteristic());
    }
    checkState(candidateThreshold() >= 0, "candidateThreshold must be zero or more, but was %s",
        candidateThreshold());
    Outcome expected = assessedCount() == 0 ? Outcome.UNDETERMINED
        : isCandidate() ? Outcome.YES : Outcome.NO;
    checkState(outcome() == expected,
        "outcome must be %s for %s of %s assessed and weighted score %s against threshold %s, but was %s",
        expected, metCount(), assessedCount(), weightedScore(), candidateThreshold(), outcome());
  }

  /** A builder of {@link GoodPracticeAssessment}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableGoodPracticeAssessment.Builder {
    /** Creates an empty builder; prefer {@link GoodPracticeAssessment#builder()}. */
    public Builder() {}
  }
}
