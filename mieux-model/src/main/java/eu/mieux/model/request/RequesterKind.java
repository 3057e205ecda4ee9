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
 *
 * <p>{@link #isGovernment()} names the kinds that count as "government authorities" for R-EL3b: under
 * MIEUX+ a civil-society organisation requests only jointly with a government body
 * (https://international-partnerships.ec.europa.eu/policies/programming/projects/migration-eu-expertise-initiative-mieux_en).
 * Choice: national public authorities and local authorities count, since two local councils and an
 * NGO requested together in Uganda with no national ministry (R-EL3d). Regional organisations are
 * intergovernmental, not a partner country's government, and ombudspersons, parliaments and judicial
 * authorities are state bodies but not government authorities; none of them was a CSO's partner in
 * the record, so they do not count.
 */
public enum RequesterKind implements Coded {
  /** A national government, ministry or public institution of a partner country (R-EL2). */
  NATIONAL_PUBLIC_AUTHORITY(true, true),
  /** A regional organisation, such as COMESA or ECOWAS (R-EL2, R-EL4). */
  REGIONAL_ORGANISATION(true, false),
  /** A municipality, province or other local or regional government (R-EL3). */
  LOCAL_AUTHORITY(false, true),
  /** An ombudsperson or mediator ("médiateur"; RULES.md §13 Q13 on the translation) (R-EL3). */
  OMBUDSPERSON(false, false),
  /** A parliament or parliamentarians (R-EL3). */
  PARLIAMENT(false, false),
  /** A judicial authority: court, prosecution service or public defender (R-EL3). */
  JUDICIAL_AUTHORITY(false, false),
  /** A civil-society organisation, including NGOs and universities (R-EL3). */
  CIVIL_SOCIETY_ORGANISATION(false, false);

  private final boolean core;
  private final boolean government;

  RequesterKind(boolean core, boolean government) {
    this.core = core;
    this.government = government;
  }

  /**
   * Checks if this kind is a core requester (R-EL2), eligible since the programme began.
   *
   * @return true for national public authorities and regional organisations
   */
  public boolean isCore() {
    return core;
  }

  /**
   * Checks if this kind is a government authority a civil-society organisation may request jointly
   * with (R-EL3b, R-EL3d).
   *
   * @return true for national public authorities and local authorities
   */
  public boolean isGovernment() {
    return government;
  }
}
