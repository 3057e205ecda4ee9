package eu.mieux.rules.experts;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import eu.mieux.model.Coded;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.country.Country;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.roster.Deployment;
import eu.mieux.model.roster.DeploymentEvaluation;
import eu.mieux.model.roster.Roster;
import eu.mieux.model.roster.RosterEntry;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.rules.catalogue.DataTable;
import eu.mieux.rules.catalogue.Reports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A synthetic Expert and Action Roster, generated deterministically, whose counts reproduce the
 * expert figures of the reports where the texts allow (RULES.md §11.5). The real roster is not
 * public (KM5; annual report 2018), so every id, sub-topic, language, date and score here is invented; only
 * the counts are the reports'.
 *
 * <p>The counts are data, read once on first use from two tables beside this class, each row with
 * its basis and source: {@code roster-counts.csv} (the pool, the deployed experts by kind, the
 * non-EU experts, the experts of 2018 and their civil servants) and {@code roster-nationalities.csv}
 * (the governmental experts per EU member state of the 10-year report's table, and the nationalities
 * the annual report 2018 lists for that year). From them:
 * <ul>
 *   <li>the pool is the experts available; the deployed ones are EU governmental (EU origin, civil
 *       servant), non-EU governmental (non-EU origin, civil servant) and non-governmental (every other
 *       profile); the rest are never deployed;</li>
 *   <li>the EU governmental experts follow the per-country table ({@link #governmentalExpertsByMemberState()}),
 *       which sums to fewer than the total stated: the ones the table does not place are generated
 *       without a nationality ({@code eu-gov-unassigned-1}, ...) (RULES.md §13 Q4);</li>
 *   <li>Choice: "up to" so many non-EU experts took part (10-year report p. 29-32), read as exactly that
 *       many: the non-EU governmental experts plus as many non-governmental ones as it takes;</li>
 *   <li>the experts of 2018 have exactly the nationalities listed for 2018, and as many of them are
 *       civil servants as the report says: one governmental and one non-governmental expert per non-EU
 *       nationality, one governmental expert per EU nationality, then a second one from the countries
 *       with two or more in the table's order, and the other non-governmental experts from the EU
 *       nationalities; each is one of the deployed experts.</li>
 * </ul>
 *
 * <p>Not reproduced: the sex split, since {@link Expert} records no sex; the 2018 pool, since the
 * roster records no joining dates; the "more than 420" deployed of annual report 2018, which conflicts
 * with the 10-year report (RULES.md §13 Q4). Each deployed expert has exactly one deployment, in 2018
 * for the experts of 2018, otherwise in another year of 2009-2019, evaluated 14 days after it ends.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticRoster {

  /** The source of the 2009-2019 counts. */
  public static final String SOURCE_2009_2019 = Reports.tenYearReport("MIEUX en chiffres 2009-2019", 33, 38);
  /** The source of the 2018 counts. */
  public static final String SOURCE_2018 =
      String.join("; ", Reports.annualReport2018("Temps forts de 2018"), Reports.annualReport2018("Remerciements"));

  private static final List<ExpertProfile> NON_GOVERNMENTAL_PROFILES = List.of(ExpertProfile.NGO,
      ExpertProfile.ACADEMIC, ExpertProfile.INTERNATIONAL_ORGANISATION, ExpertProfile.ICMPD_IN_HOUSE,
      ExpertProfile.CERTIFIED_TRAINER, ExpertProfile.PRIVATE_SECTOR);
  private static final List<Integer> YEARS_OTHER_THAN_2018 =
      List.of(2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2019);
  private static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt", "ru");

  private SyntheticRoster() {}

  /**
   * Gets the synthetic roster, the size of the pool of {@code roster-counts.csv}.
   *
   * @return the roster, the same instance on every call
   */
  public static Roster standard() {
    return Standard.ROSTER;
  }

  /**
   * Gets the number of governmental experts per EU member state and the United Kingdom, 2009-2019,
   * as printed at 10-year report p. 33-38 ({@code roster-nationalities.csv}; the table sums to fewer
   * than the total the report states).
   *
   * @return the counts, in the order of the table
   */
  public static Map<Country, Integer> governmentalExpertsByMemberState() {
    return Standard.COUNTS.byMemberState;
  }

  /** Holds the counts and the roster; class initialisation runs once and is thread-safe. */
  private static final class Standard {
    static final Counts COUNTS = Counts.read(
        DataTable.readResource(SyntheticRoster.class, "roster-counts.csv", List.of("name", "count", "basis", "source")),
        DataTable.readResource(SyntheticRoster.class, "roster-nationalities.csv",
            List.of("country", "origin", "governmental_2009_2019", "deployed_2018", "source")));
    static final Roster ROSTER = generate(COUNTS);
  }

  /** The reports' counts, and the nationalities per table, as read. */
  static final class Counts {
    final Map<String, Integer> named;
    final Map<Country, Integer> byMemberState;
    final List<Country> eu2018;
    final List<Country> nonEu2018;

    private Counts(Map<String, Integer> named, Map<Country, Integer> byMemberState, List<Country> eu2018,
        List<Country> nonEu2018) {
      this.named = named;
      this.byMemberState = byMemberState;
      this.eu2018 = eu2018;
      this.nonEu2018 = nonEu2018;
    }

    static Counts read(DataTable counts, DataTable nationalities) {
      Map<String, Integer> named = new LinkedHashMap<>();
      for (DataTable.Row row : counts.rows()) {
        String name = row.text("name");
        int count = row.value("count", Counts::count);
        row.text("basis");
        if (row.list("source").isEmpty() || named.put(name, count) != null) {
          throw row.error("name", "name must appear once with a source, but was '" + name + "'");
        }
      }
      ImmutableMap.Builder<Country, Integer> byMemberState = ImmutableMap.builder();
      ImmutableList.Builder<Country> eu2018 = ImmutableList.builder();
      ImmutableList.Builder<Country> nonEu2018 = ImmutableList.builder();
      for (DataTable.Row row : nationalities.rows()) {
        Country country = row.value("country", Country::ofAlpha2);
        ExpertOrigin origin = row.value("origin", code -> Coded.fromCode(ExpertOrigin.class, code));
        boolean in2018 = row.value("deployed_2018", Counts::yesNo);
        Optional<Integer> governmental = row.optional("governmental_2009_2019", Counts::count);
        if (origin == ExpertOrigin.EU_MEMBER_STATE) {
          byMemberState.put(country, governmental.orElseThrow(() -> row.error("governmental_2009_2019",
              "governmental_2009_2019 must be given for an EU member state, but was blank")));
        } else if (governmental.isPresent()) {
          throw row.error("governmental_2009_2019", "governmental_2009_2019 must be blank outside the EU, but was "
              + governmental.get());
        }
        if (in2018) {
          (origin == ExpertOrigin.EU_MEMBER_STATE ? eu2018 : nonEu2018).add(country);
        }
        if (row.list("source").isEmpty()) {
          throw row.error("source", "source must not be blank, but was ''");
        }
      }
      return new Counts(ImmutableMap.copyOf(named), byMemberState.buildOrThrow(), eu2018.build(), nonEu2018.build());
    }

    private static int count(String text) {
      try {
        int count = Integer.parseInt(text);
        if (count >= 0) {
          return count;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException("count must be a whole number, 0 or more, but was '" + text + "'");
    }

    private static boolean yesNo(String text) {
      if (text.equals("yes") || text.equals("no")) {
        return text.equals("yes");
      }
      throw new IllegalArgumentException("deployed_2018 must be yes or no, but was '" + text + "'");
    }

    int get(String name) {
      Integer count = named.get(name);
      checkState(count != null, "roster-counts.csv must give %s, but gives only %s", name, named.keySet());
      return count;
    }
  }

  static Roster generate(Counts counts) {
    int tabled = counts.byMemberState.values().stream().mapToInt(Integer::intValue).sum();
    int euGovernmental = counts.get("eu_governmental_2009_2019");
    int nonEuGovernmental = counts.get("non_eu_governmental_2009_2019");
    int nonGovernmental = counts.get("non_governmental_2009_2019");
    int deployed = counts.get("deployed_2009_2019");
    int nonGovernmentalNonEu = counts.get("non_eu_2009_2019") - nonEuGovernmental;
    int neverDeployed = counts.get("available_2009_2019") - deployed;
    List<Country> eu2018 = counts.eu2018;
    List<Country> nonEu2018 = counts.nonEu2018;
    int euGovernmental2018 = counts.get("civil_servants_2018") - nonEu2018.size();
    int nonGovernmentalEu2018 = counts.get("deployed_2018") - counts.get("civil_servants_2018") - nonEu2018.size();
    checkState(euGovernmental + nonEuGovernmental + nonGovernmental == deployed,
        "the deployed experts by kind must sum to %s, but sum to %s", deployed,
        euGovernmental + nonEuGovernmental + nonGovernmental);
    checkState(tabled <= euGovernmental && neverDeployed >= 0 && nonGovernmentalNonEu >= 0
        && nonGovernmentalNonEu <= nonGovernmental && nonEu2018.size() <= nonEuGovernmental
        && euGovernmental2018 >= eu2018.size() && nonGovernmentalEu2018 >= 0,
        "the roster counts must be consistent, but were %s with %s by member state", counts.named, tabled);
    // one EU governmental expert of 2018 per EU nationality, then a second from the countries with two or more
    List<Country> second2018 = new ArrayList<>();
    for (Country country : eu2018) {
      if (second2018.size() < euGovernmental2018 - eu2018.size() && counts.byMemberState.get(country) >= 2) {
        second2018.add(country);
      }
    }
    checkState(eu2018.size() + second2018.size() == euGovernmental2018,
        "the EU governmental experts of 2018 must number %s, but the table allows %s", euGovernmental2018,
        eu2018.size() + second2018.size());
    List<RosterEntry> entries = new ArrayList<>();
    int serial = 0;
    for (Map.Entry<Country, Integer> row : counts.byMemberState.entrySet()) {
      for (int k = 1; k <= row.getValue(); k++) {
        Country c = row.getKey();
        boolean in2018 = (k == 1 && eu2018.contains(c)) || (k == 2 && second2018.contains(c));
        entries.add(entry(String.format("eu-gov-%s-%02d", c.alpha2().toLowerCase(Locale.ROOT), k),
            ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CIVIL_SERVANT, Optional.of(c), serial++,
            Optional.of(in2018)));
      }
    }
    for (int k = 1; k <= euGovernmental - tabled; k++) {
      entries.add(entry("eu-gov-unassigned-" + k, ExpertOrigin.EU_MEMBER_STATE,
          ExpertProfile.CIVIL_SERVANT, Optional.empty(), serial++, Optional.of(false)));
    }
    for (int i = 0; i < nonEuGovernmental; i++) {
      entries.add(entry(String.format("non-eu-gov-%02d", i + 1), ExpertOrigin.NON_EU,
          ExpertProfile.CIVIL_SERVANT, Optional.of(nonEu2018.get(i % nonEu2018.size())),
          serial++, Optional.of(i < nonEu2018.size())));
    }
    for (int i = 0; i < nonGovernmental; i++) {
      boolean nonEu = i < nonGovernmentalNonEu;
      int j = nonEu ? i : i - nonGovernmentalNonEu;
      Country nationality = nonEu ? nonEu2018.get(j % nonEu2018.size()) : eu2018.get(j % eu2018.size());
      boolean in2018 = nonEu ? j < nonEu2018.size() : j < nonGovernmentalEu2018;
      entries.add(entry(String.format("non-gov-%03d", i + 1),
          nonEu ? ExpertOrigin.NON_EU : ExpertOrigin.EU_MEMBER_STATE,
          NON_GOVERNMENTAL_PROFILES.get(i % NON_GOVERNMENTAL_PROFILES.size()),
          Optional.of(nationality), serial++, Optional.of(in2018)));
    }
    ExpertProfile[] profiles = ExpertProfile.values();
    for (int i = 0; i < neverDeployed; i++) {
      entries.add(entry(String.format("pool-%03d", i + 1),
          i % 2 == 0 ? ExpertOrigin.EU_MEMBER_STATE : ExpertOrigin.NON_EU,
          profiles[i % profiles.length], Optional.empty(), serial++, Optional.empty()));
    }
    return Roster.of(entries);
  }

  /** Builds one entry; {@code in2018} is empty for an expert never deployed. */
  private static RosterEntry entry(String id, ExpertOrigin origin, ExpertProfile profile,
      Optional<Country> nationality, int serial, Optional<Boolean> in2018) {
    Expert.Builder expert = Expert.builder().id(id).origin(origin).profile(profile);
    nationality.ifPresent(expert::nationality);
    SubTopic[] topics = SubTopic.values();
    SubTopic first = topics[serial % topics.length];
    SubTopic second = topics[(serial * 7 + 3) % topics.length];
    RosterEntry.Builder entry = RosterEntry.builder().expert(expert.build()).addSubTopic(first)
        .addLanguage(LANGUAGES.get(serial % LANGUAGES.size()));
    if (second != first) {
      entry.addSubTopic(second);
    }
    in2018.ifPresent(in -> entry.addDeployment(deployment(serial, in)));
    return entry.build();
  }

  private static Deployment deployment(int serial, boolean in2018) {
    int year = in2018 ? 2018 : YEARS_OTHER_THAN_2018.get(serial % YEARS_OTHER_THAN_2018.size());
    LocalDate start = LocalDate.of(year, 1 + serial % 12, 1 + serial % 20);
    LocalDate end = start.plusDays(4);
    ActivityType[] types = ActivityType.values();
    return Deployment.builder()
        .actionTitle(String.format("Synthetic Action %s/%03d", year, serial % 60 + 1))
        .activityType(types[serial % types.length])
        .startDate(start).endDate(end)
        .evaluation(DeploymentEvaluation.of(end.plusDays(14), 3 + serial % 3,
            "Synthetic evaluation: the reports publish no scores"))
        .build();
  }
}
