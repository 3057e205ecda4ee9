package eu.mieux.model.theme;

import eu.mieux.model.Coded;

/**
 * A thematic area of MIEUX: the four pillars of the Global Approach to Migration and Mobility (GAMM)
 * plus horizontal interventions (RULES.md §5.1; legend at 10-year report p. 94-96).
 *
 * <p>The declaration order is the order in which 003 groups its case studies (10-year report p. 94-96, T6).
 */
public enum ThematicArea implements Coded {
  /** Irregular migration and trafficking in human beings, including smuggling of migrants (T4). */
  IRREGULAR_MIGRATION_AND_THB("Irregular Migration and Trafficking in Human Beings", true),
  /** Legal migration and mobility, including labour migration. */
  LEGAL_MIGRATION_AND_MOBILITY("Legal Migration and Mobility", true),
  /** Migration and development, including diaspora engagement. */
  MIGRATION_AND_DEVELOPMENT("Migration and Development", true),
  /** International protection and asylum policy. */
  INTERNATIONAL_PROTECTION_AND_ASYLUM("International Protection and Asylum Policy", true),
  /** Horizontal interventions: cross-cutting governance topics such as data, policy making, gender. */
  HORIZONTAL_INTERVENTIONS("Horizontal Interventions", false);

  private final String label;
  private final boolean gammPillar;

  ThematicArea(String label, boolean gammPillar) {
    this.label = label;
    this.gammPillar = gammPillar;
  }

  /**
   * Gets the English label used in 003.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Checks if this area is one of the four GAMM pillars (T1, T2).
   *
   * @return false only for {@link #HORIZONTAL_INTERVENTIONS}
   */
  public boolean isGammPillar() {
    return gammPillar;
  }
}
