package eu.mieux.iati;

import eu.mieux.model.theme.CrsPurposeCode;
import java.time.LocalDate;

/**
 * The dates of the IATI Sector codelist (vocabulary 1, DAC 5-digit purpose codes) for the codes the
 * model knows: 15196 (government and civil society statistics and data) exists from 2019-01-01;
 * the others carry no date in the codelist.
 *
 * @see <a href="https://iatistandard.org/en/iati-standard/203/codelists/sector/">IATI Sector codelist</a>
 */
final class SectorCodelist {

  /** The first day of 15196 in the codelist. */
  static final LocalDate STATISTICS_AND_DATA_FROM = LocalDate.of(2019, 1, 1);

  private SectorCodelist() {}

  /**
   * Checks if the codelist allows a code on a date.
   *
   * @param code  the purpose code
   * @param date  the date
   * @return true if the code exists on that date
   */
  static boolean allows(CrsPurposeCode code, LocalDate date) {
    return switch (code) {
      case STATISTICS_AND_DATA -> !date.isBefore(STATISTICS_AND_DATA_FROM);
      case PUBLIC_SECTOR_POLICY, HUMAN_RIGHTS, ENDING_VIOLENCE_AGAINST_WOMEN, MIGRATION, LABOUR_RIGHTS ->
          true;
    };
  }
}
