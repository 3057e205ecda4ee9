package eu.mieux.rules.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.Maps;
import eu.mieux.model.MieuxStyle;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The policy a {@link GoodPracticeScoring} applies: a weight per characteristic, the weighted score
 * that makes an Action a good-practice candidate, and how many pieces of evidence meet a
 * characteristic.
 *
 * <p><b>This is this library's model, not a MIEUX rule.</b> The MIEUX reports define no scale,
 * weights, threshold or formula; each case study simply lists the characteristics it illustrates
 * (RULES.md §6.4 G1 and G6, §13 Q18). Every number here is a configurable modelling choice.
 *
 * <p>The defaults of {@link #standard()}, derived from the 16 case studies of 003 (RULES.md §6.3):
 * <ul>
 *   <li><b>weight 1 for every characteristic.</b> The reports treat membership as boolean and rank
 *       no characteristic above another, so the weighted score is the number met.</li>
 *   <li><b>candidate threshold 2.</b> Every one of the 16 case studies the MIEUX team chose as good
 *       practice is credited with 2 to 5 characteristics (mean 3.875). 2 is the highest threshold
 *       under which all 16 are candidates: 3 would reject Jordan II, credited with 2. A threshold
 *       of 1 would make any Action with one piece of evidence a candidate.</li>
 *   <li><b>minimum evidence 1.</b> Every credited characteristic in the reports is backed by at
 *       least one reported fact, and the reports never weigh facts against each other.</li>
 * </ul>
 *
 * <pre>{@code
 * Scoring strict = Scoring.standard()
 *     .withWeight(GoodPracticeCharacteristic.RESULTS_ORIENTED, 2)
 *     .withCandidateThreshold(3);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(copy = false)
@MieuxStyle
public abstract class Scoring {

  private static final int DEFAULT_WEIGHT = 1;
  private static final int DEFAULT_CANDIDATE_THRESHOLD = 2;
  private static final int DEFAULT_MINIMUM_EVIDENCE = 1;
  private static final Scoring STANDARD = ImmutableScoring.builder()
      .putAllWeights(Maps.toMap(EnumSet.allOf(GoodPracticeCharacteristic.class), c -> DEFAULT_WEIGHT))
      .candidateThreshold(DEFAULT_CANDIDATE_THRESHOLD)
      .minimumEvidence(DEFAULT_MINIMUM_EVIDENCE)
      .build();

  Scoring() {}

  /**
   * Gets the default policy: weight 1 for every characteristic, candidate threshold 2, minimum
   * evidence 1.
   *
   * @return the default policy
   */
  public static Scoring standard() {
    return STANDARD;
  }

  /**
   * Gets the weight of every characteristic.
   *
   * @return the weights, one per characteristic, each zero or more
   */
  public abstract Map<GoodPracticeCharacteristic, Integer> weights();

  /**
   * Gets the weight of a characteristic.
   *
   * @param characteristic  the characteristic, not null
   * @return the weight, zero or more
   */
  public int weight(GoodPracticeCharacteristic characteristic) {
    return weights().get(Objects.requireNonNull(characteristic, "characteristic"));
  }

  /**
   * Gets the weighted score at or above which an Action is a good-practice candidate.
   *
   * @return the threshold, at least 1
   */
  public abstract int candidateThreshold();

  /**
   * Gets how many distinct pieces of evidence meet a characteristic.
   *
   * @return the minimum, at least 1
   */
  public abstract int minimumEvidence();

  /**
   * Returns a copy of this policy with one characteristic's weight changed.
   *
   * @param characteristic  the characteristic, not null
   * @param weight  the weight, zero or more; zero makes the characteristic count for nothing
   * @return the new policy
   * @throws IllegalArgumentException if the weight is negative
   */
  public Scoring withWeight(GoodPracticeCharacteristic characteristic, int weight) {
    Objects.requireNonNull(characteristic, "characteristic");
    checkArgument(weight >= 0, "weight of %s must be zero or more, but was %s", characteristic, weight);
    Map<GoodPracticeCharacteristic, Integer> weights = new EnumMap<>(weights());
    weights.put(characteristic, weight);
    return ImmutableScoring.builder().from(this).weights(weights).build();
  }

  /**
   * Returns a copy of this policy with the candidate threshold changed.
   *
   * @param candidateThreshold  the weighted score that makes a candidate, at least 1
   * @return the new policy
   * @throws IllegalArgumentException if the threshold is less than 1
   */
  public Scoring withCandidateThreshold(int candidateThreshold) {
    checkArgument(candidateThreshold >= 1, "candidateThreshold must be at least 1, but was %s",
        candidateThreshold);
    return ImmutableScoring.builder().from(this).candidateThreshold(candidateThreshold).build();
  }

  /**
   * Returns a copy of this policy with the minimum evidence changed.
   *
   * @param minimumEvidence  the distinct pieces of evidence that meet a characteristic, at least 1
   * @return the new policy
   * @throws IllegalArgumentException if the minimum is less than 1
   */
  public Scoring withMinimumEvidence(int minimumEvidence) {
    checkArgument(minimumEvidence >= 1, "minimumEvidence must be at least 1, but was %s",
        minimumEvidence);
    return ImmutableScoring.builder().from(this).minimumEvidence(minimumEvidence).build();
  }

  @Value.Check
  void check() {
    checkState(weights().keySet().equals(EnumSet.allOf(GoodPracticeCharacteristic.class)),
        "weights must give every characteristic a weight, but was %s", weights());
    weights().forEach((c, w) -> checkState(w >= 0, "weight of %s must be zero or more, but was %s", c, w));
    checkState(candidateThreshold() >= 1, "candidateThreshold must be at least 1, but was %s",
        candidateThreshold());
    checkState(minimumEvidence() >= 1, "minimumEvidence must be at least 1, but was %s", minimumEvidence());
  }
}
