package eu.mieux.model;

/**
 * A phase of the MIEUX programme.
 *
 * <p>The sources disagree on the phases' boundaries (RULES.md §1.1, §13 Q1 and §15.3), so their
 * dates are data of the rules module, not of this enum: {@code eu.mieux.rules.PhaseCalendar} reads
 * them, each with its sources, from {@code eu/mieux/rules/phases.csv}.
 */
public enum Phase implements Coded {
  /** MIEUX I, the pilot phase: irregular migration only. */
  MIEUX_I("MIEUX I"),
  /** MIEUX II: all four GAMM pillars and horizontal interventions. */
  MIEUX_II("MIEUX II"),
  /** MIEUX III: local authorities, judiciary and civil society join; knowledge management. */
  MIEUX_III("MIEUX III"),
  /** MIEUX+ (MIEUX Plus), launched during the COVID-19 crisis. */
  MIEUX_PLUS("MIEUX+");

  private final String label;

  Phase(String label) {
    this.label = label;
  }

  /**
   * Gets the name the reports use, such as {@code MIEUX+}.
   *
   * @return the label, not empty
   */
  public String label() {
    return label;
  }
}
