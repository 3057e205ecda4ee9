package eu.mieux.rules.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import eu.mieux.model.practice.GoodPracticeCharacteristic;
import java.util.Arrays;
import java.util.Objects;

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
public final class Scoring {

  private static final int DEFAULT_WEIGHT = 1;
  private static final int DEFAULT_CANDIDATE_THRESHOLD = 2;
  private static final int DEFAULT_MINIMUM_EVIDENCE = 1;
  private static final Scoring STANDARD = new Scoring(defaultWeights(),
      DEFAULT_CANDIDATE_THRESHOLD, DEFAULT_MINIMUM_EVIDENCE);

  private final int[] weights;
  private final int candidateThreshold;
  private final int minimumEvidence;

  private Scoring(int[] weights, int candidateThreshold, int minimumEvidence) {
    for (int i = 0; i < weights.length; i++) {
      checkArgument(weights[i] >= 0, "weight of %s must be zero or more, but was %s",
          GoodPracticeCharacteristic.ofNumber(i + 1), weights[i]);
    }
    checkArgument(candidateThreshold >= 1, "candidateThreshold must be at least 1, but was %s",
        candidateThreshold);
    checkArgument(minimumEvidence >= 1, "minimumEvidence must be at least 1, but was %s",
        minimumEvidence);
    this.weights = weights;
    this.candidateThreshold = candidateThreshold;
    this.minimumEvidence = minimumEvidence;
  }

  /**
   * Obtains the default policy: weight 1 for each characteristic, candidate at a weighted score of
   * 2, one piece of evidence meets a characteristic.
   *
   * @return the default policy
   */
  public static Scoring standard() {
    return STANDARD;
  }

  /**
   * Gets the weight of a characteristic.
   *
   * @param characteristic  the characteristic, not null
   * @return the weight, zero or more
   */
  public int weight(GoodPracticeCharacteristic characteristic) {
    Objects.requireNonNull(characteristic, "characteristic");
    return weights[characteristic.number() - 1];
  }

  /**
   * Gets the weighted score at or above which an Action is a good-practice candidate.
   *
   * @return the threshold, at least 1
   */
  public int candidateThreshold() {
    return candidateThreshold;
  }

  /**
   * Gets the number of distinct pieces of evidence that meet a characteristic.
   *
   * @return the minimum, at least 1
   */
  public int minimumEvidence() {
    return minimumEvidence;
  }

  /**
   * Returns a copy of this policy with the weight of one characteristic changed.
   *
   * @param characteristic  the characteristic, not null
   * @param weight  the weight, zero or more; zero makes the characteristic count for nothing
   * @return the new policy
   * @throws IllegalArgumentException if the weight is negative
   */
  public Scoring withWeight(GoodPracticeCharacteristic characteristic, int weight) {
    Objects.requireNonNull(characteristic, "characteristic");
    int[] copy = weights.clone();
    copy[characteristic.number() - 1] = weight;
    return new Scoring(copy, candidateThreshold, minimumEvidence);
  }

  /**
   * Returns a copy of this policy with another candidate threshold.
   *
   * @param candidateThreshold  the weighted score that makes a candidate, at least 1
   * @return the new policy
   * @throws IllegalArgumentException if the threshold is less than 1
   */
  public Scoring withCandidateThreshold(int candidateThreshold) {
    return new Scoring(weights.clone(), candidateThreshold, minimumEvidence);
  }

  /**
   * Returns a copy of this policy with another minimum number of pieces of evidence.
   *
   * @param minimumEvidence  the distinct pieces of evidence that meet a characteristic, at least 1
   * @return the new policy
   * @throws IllegalArgumentException if the minimum is less than 1
   */
  public Scoring withMinimumEvidence(int minimumEvidence) {
    return new Scoring(weights.clone(), candidateThreshold, minimumEvidence);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Scoring other && Arrays.equals(weights, other.weights)
        && candidateThreshold == other.candidateThreshold
        && minimumEvidence == other.minimumEvidence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(weights), candidateThreshold, minimumEvidence);
  }

  /**
   * Returns a description of the policy, such as
   * {@code Scoring[weights=[1, 1, 1, 1, 1, 1, 1, 1, 1, 1], candidateThreshold=2, minimumEvidence=1]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Scoring[weights=" + Arrays.toString(weights) + ", candidateThreshold="
        + candidateThreshold + ", minimumEvidence=" + minimumEvidence + "]";
  }

  private static int[] defaultWeights() {
    int[] w = new int[GoodPracticeCharacteristic.values().length];
    Arrays.fill(w, DEFAULT_WEIGHT);
    return w;
  }
}
