package eu.mieux.model.practice;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The assessment of one characteristic of a good practice: its status, the evidence that decided
 * it and the weight the scoring policy gives it.
 *
 * <p>Invariants checked by {@code build()}: every evidence supports this characteristic; the
 * weight is not negative; a {@link AssessmentStatus#MET} characteristic has evidence.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class CharacteristicAssessment {

  CharacteristicAssessment() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the characteristic assessed.
   *
   * @return the characteristic
   */
  public abstract GoodPracticeCharacteristic characteristic();

  /**
   * Gets the status.
   *
   * @return met, not met or not assessed
   */
  public abstract AssessmentStatus status();

  /**
   * Gets the evidence about this characteristic, in a canonical order (by kind, then statement,
   * then source) that does not depend on the order the evidence was given in.
   *
   * @return the evidence, possibly empty
   */
  public abstract List<Evidence> evidence();

  /**
   * Gets the weight the scoring policy gives this characteristic.
   *
   * @return the weight, zero or more
   */
  public abstract int weight();

  /**
   * Checks if the characteristic is met.
   *
   * @return true if the status is {@link AssessmentStatus#MET}
   */
  public boolean isMet() {
    return status() == AssessmentStatus.MET;
  }

  /**
   * Gets the kinds of evidence that would support this characteristic but were not given: what was
   * missing.
   *
   * @return a new set of the kinds absent from {@link #evidence()}, in declaration order
   */
  public Set<EvidenceKind> missingKinds() {
    Set<EvidenceKind> missing = EvidenceKind.of(characteristic());
    for (Evidence e : evidence()) {
      missing.remove(e.kind());
    }
    return missing;
  }

  @Value.Check
  void check() {
    for (int i = 0; i < evidence().size(); i++) {
      Evidence e = evidence().get(i);
      checkState(e.characteristic() == characteristic(),
          "evidence[%s] must support %s, but its kind %s supports %s",
          i, characteristic(), e.kind(), e.characteristic());
    }
    checkState(weight() >= 0, "weight must be zero or more, but was %s", weight());
    checkState(!isMet() || !evidence().isEmpty(),
        "evidence must not be empty when status is MET, but was %s", evidence());
  }

  /** A builder of {@link CharacteristicAssessment}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableCharacteristicAssessment.Builder {
    /** Creates an empty builder; prefer {@link CharacteristicAssessment#builder()}. */
    public Builder() {}
  }
}
