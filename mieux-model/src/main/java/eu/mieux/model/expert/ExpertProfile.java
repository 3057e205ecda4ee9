package eu.mieux.model.expert;

import eu.mieux.model.Coded;

/**
 * An expert's professional profile. Peer experts are mostly civil servants, "sometimes other
 * profiles" (E4; 10-year report p. 29-32).
 */
public enum ExpertProfile implements Coded {
  /** A civil servant of a public administration: the core peer-to-peer profile. */
  CIVIL_SERVANT(true),
  /** An expert from a non-governmental organisation (Thailand). */
  NGO(false),
  /** An academic (University of Ghana; Portuguese academia in Brazil). */
  ACADEMIC(false),
  /** An expert from an international organisation (an ILO consultant in Belarus). */
  INTERNATIONAL_ORGANISATION(false),
  /** An ICMPD in-house expert (COMESA, Mauritius). */
  ICMPD_IN_HOUSE(false),
  /** A certified trainer, such as EASO-certified trainers (Mexico II, Brazil II). */
  CERTIFIED_TRAINER(false),
  /** A private-sector expert (Peru). */
  PRIVATE_SECTOR(false);

  private final boolean governmental;

  ExpertProfile(boolean governmental) {
    this.governmental = governmental;
  }

  /**
   * Checks if this profile counts as governmental in the reports' expert figures (§11.5).
   *
   * @return true for civil servants
   */
  public boolean isGovernmental() {
    return governmental;
  }
}
