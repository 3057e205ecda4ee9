package eu.mieux.examples;

import eu.mieux.model.country.Country;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.rules.RulesConfig;
import eu.mieux.rules.compare.Comparison;
import eu.mieux.rules.compare.Difference;
import eu.mieux.rules.compare.Question;
import eu.mieux.rules.compare.Setting;
import java.time.LocalDate;
import java.util.List;

/**
 * Shows what two choices among the sources change (RULES.md §15): the end of the programme (March
 * or April 2024) and the pairing of a civil-society organisation with a government body (R-EL3b).
 * Only the questions whose answers differ are printed, each with both reasons.
 */
public final class CompareSettings {

  private CompareSettings() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    List<Question> questions = List.of(
        Question.ofCountry(Country.UA, LocalDate.of(2024, 3, 15)),
        Question.ofCountry(Country.UA, LocalDate.of(2024, 4, 15)),
        Question.ofCountry(Country.NE, LocalDate.of(2022, 3, 1), List.of(RequesterKind.CIVIL_SOCIETY_ORGANISATION)),
        Question.ofCountry(Country.NE, LocalDate.of(2022, 3, 1),
            List.of(RequesterKind.CIVIL_SOCIETY_ORGANISATION, RequesterKind.LOCAL_AUTHORITY)));
    RulesConfig alternative = Setting.apply(RulesConfig.standard(),
        List.of("programmeEnd=2024-04-30", "csoOnlyJointly=false"));

    List<Difference> differences = Comparison.of(RulesConfig.standard(), alternative).differences(questions);
    System.out.println(differences.size() + " of " + questions.size() + " answers differ");
    for (Difference difference : differences) {
      System.out.println(difference);
      System.out.println("  default:     " + difference.base().reasons());
      System.out.println("  alternative: " + difference.alternative().reasons());
    }
  }
}
