package eu.mieux.model.country;

import com.google.common.collect.ImmutableList;
import eu.mieux.model.Coded;
import eu.mieux.model.ValidityPeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * An EU external-cooperation instrument whose coverage makes a country eligible for MIEUX.
 *
 * <p>RULES.md R-EL1 names DCI, EDF, ENI and the OAD (annual report 2018, 10-year report p. 11-16). ENPI, the predecessor of
 * ENI until 2013, and NDICI-Global Europe, which replaced DCI, ENI and the EDF from 2021, are added
 * for the dates the seeds do not cover (ELIGIBILITY-NOTES.md §2). The declaration order is the
 * canonical order used in every listing: DCI, EDF, ENPI, ENI, OAD, NDICI.
 *
 * <p>Each constant lists the legal acts that founded it, with their periods of application
 * (application dates, not publication dates: both the 2014 and 2021 acts apply from 1 January).
 */
public enum Instrument implements Coded {
  /** Development Cooperation Instrument. */
  DCI("Development Cooperation Instrument",
      act("Regulation (EC) No 1905/2006", "http://data.europa.eu/eli/reg/2006/1905/oj", 2007, 1, 1, 2013, 12, 31),
      act("Regulation (EU) No 233/2014", "http://data.europa.eu/eli/reg/2014/233/oj", 2014, 1, 1, 2020, 12, 31)),
  /** European Development Fund (ACP states under the Cotonou Agreement). */
  EDF("European Development Fund",
      act("10th EDF Internal Agreement (2008-2013)", "", 2008, 1, 1, 2013, 12, 31),
      act("11th EDF, Council Regulation (EU) 2015/322", "http://data.europa.eu/eli/reg/2015/322/oj", 2014, 1, 1, 2020, 12, 31)),
  /** European Neighbourhood and Partnership Instrument, 2007-2013. */
  ENPI("European Neighbourhood and Partnership Instrument",
      act("Regulation (EC) No 1638/2006", "http://data.europa.eu/eli/reg/2006/1638/oj", 2007, 1, 1, 2013, 12, 31)),
  /** European Neighbourhood Instrument, 2014-2020. */
  ENI("European Neighbourhood Instrument",
      act("Regulation (EU) No 232/2014", "http://data.europa.eu/eli/reg/2014/232/oj", 2014, 1, 1, 2020, 12, 31)),
  /** Overseas Association Decision (overseas countries and territories). */
  OAD("Overseas Association Decision",
      act("Council Decision 2001/822/EC", "http://data.europa.eu/eli/dec/2001/822/oj", 2001, 12, 2, 2013, 12, 31),
      act("Council Decision 2013/755/EU", "http://data.europa.eu/eli/dec/2013/755/oj", 2014, 1, 1, 2020, 12, 31),
      act("Council Decision (EU) 2021/1764", "http://data.europa.eu/eli/dec/2021/1764/oj", 2021, 1, 1, 2027, 12, 31)),
  /** Neighbourhood, Development and International Cooperation Instrument - Global Europe. */
  NDICI("Neighbourhood, Development and International Cooperation Instrument - Global Europe",
      act("Regulation (EU) 2021/947", "http://data.europa.eu/eli/reg/2021/947/oj", 2021, 1, 1, 2027, 12, 31));

  private final String fullName;
  private final ImmutableList<LegalAct> legalActs;

  Instrument(String fullName, LegalAct... legalActs) {
    this.fullName = fullName;
    this.legalActs = ImmutableList.copyOf(legalActs);
  }

  private static LegalAct act(String title, String eli, int y1, int m1, int d1, int y2, int m2, int d2) {
    return LegalAct.of(title, eli, ValidityPeriod.of(LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2)));
  }

  /**
   * Gets the full English name, such as {@code Development Cooperation Instrument}.
   *
   * @return the name, not empty
   */
  public String fullName() {
    return fullName;
  }

  /**
   * Gets the legal acts that founded this instrument, in chronological order.
   *
   * @return the acts, not empty
   */
  public List<LegalAct> legalActs() {
    return legalActs;
  }

  /**
   * Gets the overall period of this instrument, from its first act's start to its last act's end.
   *
   * @return the period, inclusive at both ends
   */
  public ValidityPeriod period() {
    return ValidityPeriod.of(legalActs.get(0).period().start(),
        legalActs.get(legalActs.size() - 1).period().endInclusive());
  }
}
