package eu.mieux.rules.catalogue;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;

/**
 * Citations of the programme's published reports, in the form the rule catalogue uses: the
 * document's title and year, then its section and pages.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reports {

  /** The MIEUX annual report 2018, "Year of celebration". */
  public static final String ANNUAL_REPORT_2018 = "MIEUX annual report 2018";
  /** The 10-year report "Créer des liens... 2009-2019", published in December 2020. */
  public static final String TEN_YEAR_REPORT = "10-year report 'Créer des liens' (2020)";

  /** The 10-year report's chapter on MIEUX's main lines of work and impact, 2009-2019. */
  public static final String MAIN_LINES_OF_WORK =
      tenYearReport("Les principaux axes de travail et d'impact de MIEUX 2009-2019", 79, 93);
  /** The 10-year report's chapter on the concept of good practice. */
  public static final String GOOD_PRACTICE = tenYearReport("Le concept de « bonne pratique » dans MIEUX", 65, 78);
  /** The 10-year report's chapter on how MIEUX evolved. */
  public static final String EVOLUTION = tenYearReport("L'évolution de MIEUX", 39, 48);
  /** The annual report 2018's region-by-region chapter. */
  public static final String REGIONS_2018 = annualReport2018("2018 : région par région");

  /** The 16 case studies of the 10-year report, in its order, with their first page; the last ends on 168. */
  private static final List<String> CASE_STUDIES = List.of("Thaïlande", "Pérou", "Philippines",
      "Asie du Sud-Est", "Afrique de l'Ouest", "Biélorussie", "Costa Rica", "Cap-Vert", "COMESA", "Kenya",
      "Mexique", "Jordanie", "Maurice", "Malawi", "Madagascar", "Brésil");
  private static final int[] FIRST_PAGES = {97, 101, 105, 109, 113, 119, 123, 129, 133, 137, 141, 145, 151,
      155, 159, 163, 169};

  private Reports() {}

  /**
   * Cites one of the 16 case studies of the 10-year report 'Créer des liens' (2020).
   *
   * @param number  the case study's number in the report's order, 1 to 16
   * @return the citation, such as {@code 10-year report 'Créer des liens' (2020), case study Kenya, p. 137-140}
   * @throws IllegalArgumentException if the number is not between 1 and 16
   */
  public static String caseStudy(int number) {
    checkArgument(number >= 1 && number <= CASE_STUDIES.size(), "number must be between 1 and 16, but was %s",
        number);
    return tenYearReport("case study " + CASE_STUDIES.get(number - 1), FIRST_PAGES[number - 1],
        FIRST_PAGES[number] - 1);
  }

  /**
   * Cites a section of the MIEUX annual report 2018.
   *
   * @param section  the section title as printed, such as {@code Comment fonctionne MIEUX ?}, not blank
   * @return the citation, such as {@code MIEUX annual report 2018, "Comment fonctionne MIEUX ?"}
   */
  public static String annualReport2018(String section) {
    checkArgument(!Objects.requireNonNull(section, "section").isBlank(),
        "section must not be blank, but was '%s'", section);
    return ANNUAL_REPORT_2018 + ", \"" + section + "\"";
  }

  /**
   * Cites pages of the 10-year report 'Créer des liens' (2020).
   *
   * @param part  the section title as printed, or {@code case study <country>}, not blank
   * @param firstPage  the first page, at least 1
   * @param lastPage  the last page, not before the first
   * @return the citation, such as {@code 10-year report 'Créer des liens' (2020), case study Kenya, p. 137-140}
   */
  public static String tenYearReport(String part, int firstPage, int lastPage) {
    checkArgument(!Objects.requireNonNull(part, "part").isBlank(), "part must not be blank, but was '%s'", part);
    checkArgument(firstPage >= 1 && lastPage >= firstPage,
        "pages must be at least 1 and in order, but were %s-%s", firstPage, lastPage);
    String title = part.startsWith("case study ") ? part : "\"" + part + "\"";
    return TEN_YEAR_REPORT + ", " + title + ", p. " + firstPage + (lastPage == firstPage ? "" : "-" + lastPage);
  }
}
