package eu.mieux.model.theme;

import eu.mieux.model.Coded;

/**
 * An OECD DAC Creditor Reporting System (CRS) purpose code, as used by aid-reporting systems.
 *
 * <p>Only the codes that MIEUX work maps to are listed. {@link #MIGRATION} (15190) is the code for
 * migration governance work; its CRS description includes capacity building on migration policy,
 * irregular migration, border management, smuggling of migrants and trafficking in human beings,
 * international protection and asylum, diaspora engagement and remittances, return and
 * reintegration. The other codes are secondary codes for topics with a more specific purpose.
 */
public enum CrsPurposeCode implements Coded {
  /** 15110 Public sector policy and administrative management. */
  PUBLIC_SECTOR_POLICY(15110, "Public sector policy and administrative management"),
  /** 15160 Human rights. */
  HUMAN_RIGHTS(15160, "Human rights"),
  /** 15180 Ending violence against women and girls. */
  ENDING_VIOLENCE_AGAINST_WOMEN(15180, "Ending violence against women and girls"),
  /** 15190 Facilitation of orderly, safe, regular and responsible migration and mobility. */
  MIGRATION(15190, "Facilitation of orderly, safe, regular and responsible migration and mobility"),
  /** 15196 Government and civil society statistics and data. */
  STATISTICS_AND_DATA(15196, "Government and civil society statistics and data"),
  /** 16070 Labour rights. */
  LABOUR_RIGHTS(16070, "Labour rights");

  private final int number;
  private final String title;

  CrsPurposeCode(int number, String title) {
    this.number = number;
    this.title = title;
  }

  /**
   * Gets the five-digit CRS purpose code, such as 15190.
   *
   * @return the code number
   */
  public int number() {
    return number;
  }

  /**
   * Gets the CRS title of the purpose code.
   *
   * @return the title
   */
  public String title() {
    return title;
  }
}
