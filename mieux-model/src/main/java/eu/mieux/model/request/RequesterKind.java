package eu.mieux.model.request;

import eu.mieux.model.Coded;

/**
 * The kind of body that sends a request for MIEUX expertise.
 *
 * <p>R-EL2 names the core requesters: partner-country public institutions and governments, and
 * regional organisations (annual report 2018). R-EL3 adds, since January 2016, local
 * authorities, ombudspersons/mediators, parliaments, judicial authorities and civil-society
 * organisations (annual report 2018, 10-year report p. 11-16). {@link #isCore()} tells the two groups apart; when each kind may
 * request is decided by the rules module.
 */
public enum RequesterKind implements Coded {
  /** A national government, ministry or public institution of a partner country (R-EL2). */
  NATIONAL_PUBLIC_AUTHORITY(true),
  /** A regional organisation, such as COMESA or ECOWAS (R-EL2, R-EL4). */
  REGIONAL_ORGANISATION(true),
  /** A municipality, province or other local or regional government (R-EL3). */
  LOCAL_AUTHORITY(false),
  /** An ombudsperson or mediator ("médiateur"; RULES.md §13 Q13 on the translation) (R-EL3). */
  OMBUDSPERSON(false),
  /** A parliament or parliamentarians (R-EL3). */
  PARLIAMENT(false),
  /** A judicial authority: court, prosecution service or public defender (R-EL3). */
  JUDICIAL_AUTHORITY(false),
  /** A civil-society organisation, including NGOs and universities (R-EL3). */
  CIVIL_SOCIETY_ORGANISATION(false);

  private final boolean core;

  RequesterKind(boolean core) {
    this.core = core;
  }

  /**
   * Checks if this kind is a core requester (R-EL2), eligible since the programme began.
   *
   * @return true for national public authorities and regional organisations
   */
  public boolean isCore() {
    return core;
  }
}
