package eu.mieux.model.practice;

import static com.google.common.base.Preconditions.checkArgument;

import eu.mieux.model.Coded;

/**
 * One of the ten characteristics of a good practice in MIEUX Actions, numbered as in 003
 * (10-year report p. 94-96; definitions 10-year report p. 65-78; RULES.md §6.1).
 */
public enum GoodPracticeCharacteristic implements Coded {
  /** 1. Ownership: the requesting partner authority owns the process, deliverables and results. */
  OWNERSHIP(1, "Ownership"),
  /** 2. Innovation: the Action brings innovation in its context. */
  INNOVATION(2, "Innovation"),
  /** 3. Replicability: the partner can replicate the practices, adapted to the local context. */
  REPLICABILITY(3, "Replicability"),
  /** 4. Results-oriented: tangible results that last beyond the intervention. */
  RESULTS_ORIENTED(4, "Tangible results"),
  /** 5. Endorsement: approved at a high level by the leadership of the requesting institution. */
  ENDORSEMENT(5, "High-level endorsement"),
  /** 6. Integration: fits into existing priorities, capacity-building frameworks or national plans. */
  INTEGRATION(6, "Integration into existing priorities"),
  /** 7. Expertise: the best and most relevant expertise, mainly from EU member-state administrations. */
  EXPERTISE(7, "Expertise"),
  /** 8. Complementarity and synergy with other actors' initiatives. */
  COMPLEMENTARITY_AND_SYNERGY(8, "Complementarity and synergy"),
  /** 9. EU added value: serves the EU's development and external migration objectives. */
  EU_ADDED_VALUE(9, "EU added value"),
  /** 10. Catalyst for knowledge acquisition through exchange of experience. */
  CATALYST(10, "Catalyst");

  private final int number;
  private final String label;

  GoodPracticeCharacteristic(int number, String label) {
    this.number = number;
    this.label = label;
  }

  /**
   * Gets the characteristic's number in the seeds, 1 to 10.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Gets the short English label.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Obtains a characteristic from its number in the seeds.
   *
   * @param number  the number, 1 to 10
   * @return the characteristic
   * @throws IllegalArgumentException if the number is not between 1 and 10
   */
  public static GoodPracticeCharacteristic ofNumber(int number) {
    checkArgument(number >= 1 && number <= 10, "number must be between 1 and 10, but was %s", number);
    return values()[number - 1];
  }
}
