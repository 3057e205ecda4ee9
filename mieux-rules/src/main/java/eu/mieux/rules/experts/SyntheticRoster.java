package eu.mieux.rules.experts;

import static eu.mieux.model.country.Country.AR;
import static eu.mieux.model.country.Country.AT;
import static eu.mieux.model.country.Country.BD;
import static eu.mieux.model.country.Country.BE;
import static eu.mieux.model.country.Country.BG;
import static eu.mieux.model.country.Country.CY;
import static eu.mieux.model.country.Country.CZ;
import static eu.mieux.model.country.Country.DE;
import static eu.mieux.model.country.Country.DK;
import static eu.mieux.model.country.Country.DO;
import static eu.mieux.model.country.Country.EE;
import static eu.mieux.model.country.Country.ES;
import static eu.mieux.model.country.Country.FI;
import static eu.mieux.model.country.Country.FR;
import static eu.mieux.model.country.Country.GB;
import static eu.mieux.model.country.Country.GR;
import static eu.mieux.model.country.Country.HR;
import static eu.mieux.model.country.Country.HU;
import static eu.mieux.model.country.Country.IE;
import static eu.mieux.model.country.Country.IT;
import static eu.mieux.model.country.Country.LT;
import static eu.mieux.model.country.Country.LU;
import static eu.mieux.model.country.Country.LV;
import static eu.mieux.model.country.Country.MD;
import static eu.mieux.model.country.Country.ML;
import static eu.mieux.model.country.Country.MT;
import static eu.mieux.model.country.Country.MX;
import static eu.mieux.model.country.Country.NG;
import static eu.mieux.model.country.Country.NL;
import static eu.mieux.model.country.Country.PL;
import static eu.mieux.model.country.Country.PT;
import static eu.mieux.model.country.Country.RO;
import static eu.mieux.model.country.Country.SE;
import static eu.mieux.model.country.Country.SI;
import static eu.mieux.model.country.Country.SK;
import static eu.mieux.model.country.Country.SN;

import com.google.common.collect.ImmutableMap;
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
import eu.mieux.rules.catalogue.Reports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A synthetic Expert and Action Roster, generated deterministically, whose counts reproduce the
 * expert figures of the reports where the texts allow (RULES.md §11.5). The real roster is not
 * public (KM5; annual report 2018), so every id, sub-topic, language, date and score here is invented; only
 * the counts are the reports'.
 *
 * <p>What it reproduces (10-year report p. 33-38 for 2009-2019, annual report 2018 and annual report 2018 for 2018):
 * <ul>
 *   <li><b>675</b> experts available, of whom <b>340</b> were deployed 2009-2019 and 335 never.</li>
 *   <li>The 340 deployed: <b>176</b> EU member-state governmental experts (EU origin, civil servant),
 *       <b>32</b> non-EU governmental experts (non-EU origin, civil servant) and <b>132</b>
 *       non-governmental ones (every other profile).</li>
 *   <li>The 176 by nationality follow the table of 10-year report p. 33-38 ({@link #governmentalExpertsByMemberState()}),
 *       which sums to <b>173</b>: the <b>3</b> the table does not place are generated without a
 *       nationality ({@code eu-gov-unassigned-1} to {@code -3}) (RULES.md §13 Q4).</li>
 *   <li>Choice: "up to 79" non-EU experts took part (10-year report p. 29-32), read as exactly 79: the 32 non-EU
 *       governmental experts plus 47 of the 132 non-governmental ones.</li>
 *   <li>2018: <b>58</b> experts deployed, <b>35</b> of them civil servants (60 %, annual report 2018), of
 *       exactly the <b>24</b> nationalities listed at annual report 2018 (16 EU including the United
 *       Kingdom, 8 non-EU); each of the 58 is one of the 340.</li>
 * </ul>
 *
 * <p>Not reproduced: the sex split (207/133 in 2009-2019, 59 % women in 2018), since
 * {@link Expert} records no sex; the 2018 pool of 649, since the roster records no joining dates;
 * the "more than 420" deployed of annual report 2018, which conflicts with 340 (RULES.md §13 Q4). Each
 * deployed expert has exactly one deployment, in 2018 for the 58, otherwise in another year of
 * 2009-2019, evaluated 14 days after it ends.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticRoster {

  /** The source of the 2009-2019 counts. */
  public static final String SOURCE_2009_2019 = Reports.tenYearReport("MIEUX en chiffres 2009-2019", 33, 38);
  /** The source of the 2018 counts. */
  public static final String SOURCE_2018 =
      String.join("; ", Reports.annualReport2018("Temps forts de 2018"), Reports.annualReport2018("Remerciements"));

  private static final Map<Country, Integer> BY_MEMBER_STATE = ImmutableMap.<Country, Integer>builder()
      .put(DE, 3).put(AT, 6).put(BE, 14).put(BG, 5)
      .put(CY, 0).put(HR, 0).put(DK, 2).put(ES, 19)
      .put(EE, 0).put(FI, 1).put(FR, 22).put(GR, 1)
      .put(HU, 7).put(IE, 1).put(IT, 9).put(LV, 0)
      .put(LT, 6).put(LU, 0).put(MT, 3).put(NL, 18)
      .put(PL, 5).put(PT, 21).put(CZ, 1).put(RO, 9)
      .put(GB, 10).put(SK, 0).put(SI, 7).put(SE, 3)
      .buildOrThrow();
  private static final List<Country> EU_2018 =
      List.of(DE, AT, BE, BG, ES, FR, IE, IT, LT, MT, NL, PL, PT, RO, GB, SE);
  private static final List<Country> NON_EU_2018 = List.of(AR, BD, ML, MX, MD, NG, DO, SN);
  private static final Set<Country> SECOND_IN_2018 = Set.of(AT, BE, BG, ES, FR, IT, LT, NL, PL, PT,
      RO);
  private static final int UNASSIGNED_EU_GOVERNMENTAL = 3;
  private static final int NON_EU_GOVERNMENTAL = 32;
  private static final int NON_GOVERNMENTAL = 132;
  private static final int NON_GOVERNMENTAL_NON_EU = 47;
  private static final int NON_GOVERNMENTAL_NON_EU_2018 = 8;
  private static final int NON_GOVERNMENTAL_EU_2018 = 15;
  private static final int NEVER_DEPLOYED = 335;
  private static final List<ExpertProfile> NON_GOVERNMENTAL_PROFILES = List.of(ExpertProfile.NGO,
      ExpertProfile.ACADEMIC, ExpertProfile.INTERNATIONAL_ORGANISATION, ExpertProfile.ICMPD_IN_HOUSE,
      ExpertProfile.CERTIFIED_TRAINER, ExpertProfile.PRIVATE_SECTOR);
  private static final List<Integer> YEARS_OTHER_THAN_2018 =
      List.of(2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2019);
  private static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt", "ru");

  private SyntheticRoster() {}

  /**
   * Gets the synthetic roster of 675 experts.
   *
   * @return the roster, the same instance on every call
   */
  public static Roster standard() {
    return Standard.ROSTER;
  }

  /**
   * Gets the number of governmental experts per EU member state and the United Kingdom, 2009-2019,
   * as printed at 10-year report p. 33-38 (28 rows, summing to 173 against the 176 stated).
   *
   * @return the counts, in the order of the table
   */
  public static Map<Country, Integer> governmentalExpertsByMemberState() {
    return BY_MEMBER_STATE;
  }

  private static final class Standard {
    static final Roster ROSTER = generate();
  }

  private static Roster generate() {
    List<RosterEntry> entries = new ArrayList<>();
    int serial = 0;
    for (Map.Entry<Country, Integer> row : BY_MEMBER_STATE.entrySet()) {
      for (int k = 1; k <= row.getValue(); k++) {
        Country c = row.getKey();
        boolean in2018 = (k == 1 && EU_2018.contains(c)) || (k == 2 && SECOND_IN_2018.contains(c));
        entries.add(entry(String.format("eu-gov-%s-%02d", c.alpha2().toLowerCase(Locale.ROOT), k),
            ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CIVIL_SERVANT, Optional.of(c), serial++,
            Optional.of(in2018)));
      }
    }
    for (int k = 1; k <= UNASSIGNED_EU_GOVERNMENTAL; k++) {
      entries.add(entry("eu-gov-unassigned-" + k, ExpertOrigin.EU_MEMBER_STATE,
          ExpertProfile.CIVIL_SERVANT, Optional.empty(), serial++, Optional.of(false)));
    }
    for (int i = 0; i < NON_EU_GOVERNMENTAL; i++) {
      entries.add(entry(String.format("non-eu-gov-%02d", i + 1), ExpertOrigin.NON_EU,
          ExpertProfile.CIVIL_SERVANT, Optional.of(NON_EU_2018.get(i % NON_EU_2018.size())),
          serial++, Optional.of(i < NON_EU_2018.size())));
    }
    for (int i = 0; i < NON_GOVERNMENTAL; i++) {
      boolean nonEu = i < NON_GOVERNMENTAL_NON_EU;
      int j = nonEu ? i : i - NON_GOVERNMENTAL_NON_EU;
      Country nationality = nonEu ? NON_EU_2018.get(j % NON_EU_2018.size())
          : EU_2018.get(j % EU_2018.size());
      boolean in2018 = nonEu ? j < NON_GOVERNMENTAL_NON_EU_2018 : j < NON_GOVERNMENTAL_EU_2018;
      entries.add(entry(String.format("non-gov-%03d", i + 1),
          nonEu ? ExpertOrigin.NON_EU : ExpertOrigin.EU_MEMBER_STATE,
          NON_GOVERNMENTAL_PROFILES.get(i % NON_GOVERNMENTAL_PROFILES.size()),
          Optional.of(nationality), serial++, Optional.of(in2018)));
    }
    ExpertProfile[] profiles = ExpertProfile.values();
    for (int i = 0; i < NEVER_DEPLOYED; i++) {
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
