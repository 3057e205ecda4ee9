package eu.mieux.model.practice;

import eu.mieux.model.Coded;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A kind of observable evidence that an Action has one of the ten characteristics of a good
 * practice (RULES.md §6.1), taken from what the 16 case studies of 003 actually report.
 *
 * <p>Each kind supports exactly one {@link GoodPracticeCharacteristic}, and its javadoc cites the
 * case-study lines of {@code 003_c3246053945df94a.txt} (written {@code 003:NNNN}) that show it.
 * {@link #citation()} gives the first of those lines in full.
 *
 * <p>Choice: kinds are facts a reader can check in a report (a decree, a named focal point, a
 * second request), never judgements such as "good ownership". The mapping from kind to
 * characteristic is this library's reading of the reports; the reports themselves only list the
 * characteristics each case study is credited with (RULES.md §6.4 G1).
 */
public enum EvidenceKind implements Coded {

  // 1. Ownership

  /**
   * The partner authority took part in every stage and activity of the Action (Thailand 003:1694;
   * Peru 003:1760-1764).
   */
  PARTNER_INVOLVED_AT_EVERY_STAGE(GoodPracticeCharacteristic.OWNERSHIP, "003:1694"),
  /**
   * The partner named focal points for the Action in each institution (Thailand 003:1700).
   */
  FOCAL_POINTS_NAMED(GoodPracticeCharacteristic.OWNERSHIP, "003:1700"),
  /**
   * The partner led the process: it chaired the working group, drafted the text itself, ran the
   * sessions or took ownership of the joint work (Cabo Verde 003:2122; Mauritius 003:2422; Malawi
   * 003:2483; Madagascar 003:2544; Brazil 003:2593).
   */
  PARTNER_LED_PROCESS(GoodPracticeCharacteristic.OWNERSHIP, "003:2122"),
  /**
   * The partner adapted the deliverable to its own context (Cabo Verde 003:2118; Brazil 003:2594).
   */
  PARTNER_ADAPTED_OUTPUT(GoodPracticeCharacteristic.OWNERSHIP, "003:2118"),
  /**
   * The partner agreed how to carry the work on after the Action closed, or carried it on in its
   * own structures (West Africa 003:1907, 003:1939).
   */
  PRACTICE_CONTINUED_AFTER_CLOSURE(GoodPracticeCharacteristic.OWNERSHIP, "003:1907"),

  // 2. Innovation

  /**
   * A method new to the partner was introduced and applied, such as social marketing or a
   * participatory policy cycle (Philippines 003:1777, 003:1785; Costa Rica 003:2057, 003:2074).
   */
  NEW_METHOD_INTRODUCED(GoodPracticeCharacteristic.INNOVATION, "003:1785"),
  /**
   * The Action did something for the first time: a first regional Action, a first training for a
   * target group (South-East Asia 003:1834, 003:1840; Philippines 003:1813).
   */
  FIRST_OF_ITS_KIND(GoodPracticeCharacteristic.INNOVATION, "003:1840"),
  /**
   * The Action used a new format of cooperation, such as combining capacity building with
   * ministerial meetings, or a dialogue beyond the usual regional agenda (South-East Asia 003:1864;
   * COMESA 003:2180).
   */
  NEW_COOPERATION_FORMAT(GoodPracticeCharacteristic.INNOVATION, "003:2180"),

  // 3. Replicability

  /**
   * The practice or product was reused in another country or institution (Philippines manual in
   * Myanmar 003:1821; Costa Rica's plan presented in Mexico 003:2084-2085; COMESA's mechanism
   * carried on by Kenya II 003:2229).
   */
  REUSED_IN_OTHER_COUNTRY_OR_INSTITUTION(GoodPracticeCharacteristic.REPLICABILITY, "003:1821"),
  /**
   * The product was reproduced across local units, each with its own version (Cabo Verde's
   * municipal plans 003:2118).
   */
  REPLICATED_ACROSS_LOCAL_UNITS(GoodPracticeCharacteristic.REPLICABILITY, "003:2118"),
  /**
   * The Action identified a practice fit for reproduction elsewhere, or built reproduction into its
   * training (COMESA 003:2177; Brazil 003:2589, 003:2596).
   */
  REPLICABLE_PRACTICE_IDENTIFIED(GoodPracticeCharacteristic.REPLICABILITY, "003:2177"),

  // 4. Tangible results

  /**
   * A policy, strategy or national plan was adopted or officially launched (Costa Rica 003:2072;
   * Malawi 003:2486).
   */
  POLICY_ADOPTED(GoodPracticeCharacteristic.RESULTS_ORIENTED, "003:2072"),
  /**
   * A policy or strategy text with its action plan was finalised, adoption pending (Mauritius
   * 003:2417; Madagascar 003:2537).
   */
  POLICY_FINALISED(GoodPracticeCharacteristic.RESULTS_ORIENTED, "003:2537"),
  /**
   * A law, decree or regulation was adopted (Peru's Supreme Decree 003:1762).
   */
  LAW_OR_DECREE_ADOPTED(GoodPracticeCharacteristic.RESULTS_ORIENTED, "003:1762"),
  /**
   * Standard operating procedures, a manual or training material were adopted or put to use
   * (Peru 003:1756-1757; Kenya 003:2223; Jordan 003:2368; Thailand 003:1683).
   */
  SOP_OR_MANUAL_ADOPTED(GoodPracticeCharacteristic.RESULTS_ORIENTED, "003:2223"),
  /**
   * The partner changed a practice, protocol or working method (Thailand 003:1675; Philippines
   * 003:1817; Jordan 003:2360; Brazil 003:2584).
   */
  PRACTICE_CHANGED(GoodPracticeCharacteristic.RESULTS_ORIENTED, "003:1675"),
  /**
   * A result the report quantifies (Thailand 003:1675, 003:1677; Peru 003:1757; Kenya 003:2235;
   * Brazil 003:2579).
   */
  MEASURED_RESULT(GoodPracticeCharacteristic.RESULTS_ORIENTED, "003:1677"),
  /**
   * A unit was created or an institution given a new mandate to carry the work on (Kenya
   * 003:2237; Mauritius 003:2430).
   */
  INSTITUTION_CREATED_OR_MANDATED(GoodPracticeCharacteristic.RESULTS_ORIENTED, "003:2430"),
  /**
   * Partners agreed on a common standard, such as shared statistical definitions (COMESA
   * 003:2185).
   */
  COMMON_STANDARD_AGREED(GoodPracticeCharacteristic.RESULTS_ORIENTED, "003:2185"),

  // 5. High-level endorsement

  /**
   * The government adopted the output by a formal act or at a high level (Peru 003:1737,
   * 003:1762).
   */
  ADOPTED_BY_GOVERNMENT(GoodPracticeCharacteristic.ENDORSEMENT, "003:1737"),
  /**
   * The leadership of the requesting institution validated, adopted or officially launched the
   * output (Peru 003:1757; Belarus 003:2014; Costa Rica 003:2067; Cabo Verde 003:2118; Brazil
   * 003:2594).
   */
  VALIDATED_BY_LEADERSHIP(GoodPracticeCharacteristic.ENDORSEMENT, "003:2067"),
  /**
   * The request came from a head of government's office, a ministers' meeting or several
   * governments jointly (South-East Asia 003:1838; COMESA 003:2154; Mauritius 003:2402).
   */
  REQUESTED_AT_HIGH_LEVEL(GoodPracticeCharacteristic.ENDORSEMENT, "003:2402"),
  /**
   * Senior officials gave the Action explicit political support, met its experts or received its
   * results (South-East Asia 003:1876; Belarus 003:2000; Costa Rica 003:2082; Malawi 003:2465,
   * 003:2479; Madagascar 003:2544).
   */
  HIGH_LEVEL_POLITICAL_SUPPORT(GoodPracticeCharacteristic.ENDORSEMENT, "003:2479"),

  // 6. Integration into existing priorities

  /**
   * The Action fits a national plan, policy or strategy, or feeds the one being drafted (Peru
   * 003:1731; Belarus 003:2018; Costa Rica 003:2072; Cabo Verde 003:2116; Mauritius 003:2418).
   */
  FITS_NATIONAL_PLAN(GoodPracticeCharacteristic.INTEGRATION, "003:2072"),
  /**
   * The Action worked through coordination structures that already existed (Peru 003:1760; West
   * Africa 003:1939; Mauritius 003:2422).
   */
  BUILDS_ON_EXISTING_STRUCTURE(GoodPracticeCharacteristic.INTEGRATION, "003:2422"),

  // 7. Expertise

  /**
   * The experts had a specialised profile matched to the theme, such as civil-servant
   * statisticians or EASO-certified trainers (Kenya 003:2221; Mexico II 003:2287).
   */
  SPECIALISED_EXPERT_PROFILE(GoodPracticeCharacteristic.EXPERTISE, "003:2221"),
  /**
   * The experts reviewed the partner's existing practice and recommended changes (Philippines
   * 003:1809, 003:1817).
   */
  EXPERT_REVIEW_OF_PARTNER_PRACTICE(GoodPracticeCharacteristic.EXPERTISE, "003:1809"),

  // 8. Complementarity and synergy

  /**
   * The Action was run with, or coordinated with, another donor, agency or network (Peru 003:1766;
   * West Africa 003:1932; Kenya 003:2228).
   */
  COORDINATION_WITH_OTHER_ACTORS(GoodPracticeCharacteristic.COMPLEMENTARITY_AND_SYNERGY, "003:2228"),
  /**
   * The Action's results fed a regional or global process (South-East Asia 003:1865; West Africa
   * 003:1949; Peru 003:1759).
   */
  CONTRIBUTION_TO_REGIONAL_OR_GLOBAL_PROCESS(GoodPracticeCharacteristic.COMPLEMENTARITY_AND_SYNERGY,
      "003:1865"),

  // 9. EU added value

  /**
   * A practice of the EU or an EU member state was adapted to the partner's context (Thailand
   * 003:1645, 003:1689; Cabo Verde 003:2123, 003:2130; Mexico II 003:2295).
   */
  EU_MS_PRACTICE_ADAPTED(GoodPracticeCharacteristic.EU_ADDED_VALUE, "003:1689"),
  /**
   * The Action served an EU external migration framework, such as a Mobility Partnership (Belarus
   * 003:1965, 003:2018; Cabo Verde 003:2101).
   */
  EU_POLICY_FRAMEWORK_SERVED(GoodPracticeCharacteristic.EU_ADDED_VALUE, "003:2018"),
  /**
   * The Action opened a dialogue between the EU and the partner's actors (South-East Asia
   * 003:1867; Belarus 003:2008).
   */
  EU_PARTNER_DIALOGUE_OPENED(GoodPracticeCharacteristic.EU_ADDED_VALUE, "003:1867"),
  /**
   * EU member-state experts took knowledge back to their own administrations (Mexico II 003:2296;
   * Jordan 003:2369).
   */
  KNOWLEDGE_RETURNED_TO_EU(GoodPracticeCharacteristic.EU_ADDED_VALUE, "003:2296"),

  // 10. Catalyst

  /**
   * The partner sent a follow-up request (Philippines 003:1822).
   */
  FOLLOW_UP_REQUEST(GoodPracticeCharacteristic.CATALYST, "003:1822"),
  /**
   * Exchanges started by the Action went on after it, such as a bilateral exchange programme
   * (Thailand 003:1685).
   */
  EXCHANGES_CONTINUED(GoodPracticeCharacteristic.CATALYST, "003:1685"),
  /**
   * Participants were prepared to pass the knowledge on: trainers trained, material built into the
   * partner's own training (Mexico II 003:2295; Brazil 003:2579).
   */
  KNOWLEDGE_CASCADED(GoodPracticeCharacteristic.CATALYST, "003:2579"),
  /**
   * Practitioners exchanged experience with peers, and the report names what they learned or
   * changed (Thailand 003:1696; Philippines 003:1802; West Africa 003:1910, 003:1953; COMESA
   * 003:2173; Mexico II 003:2293; Jordan 003:2353; Brazil 003:2593).
   */
  PEER_EXCHANGE_HELD(GoodPracticeCharacteristic.CATALYST, "003:1953");

  /** The seed file the case studies come from. */
  private static final String SEED = "003_c3246053945df94a.txt";

  private static final Map<GoodPracticeCharacteristic, Set<EvidenceKind>> BY_CHARACTERISTIC =
      index();

  private final GoodPracticeCharacteristic characteristic;
  private final String line;

  EvidenceKind(GoodPracticeCharacteristic characteristic, String line) {
    this.characteristic = characteristic;
    this.line = line;
  }

  /**
   * Gets the one characteristic this kind of evidence supports.
   *
   * @return the characteristic
   */
  public GoodPracticeCharacteristic characteristic() {
    return characteristic;
  }

  /**
   * Gets the first case-study line that shows this kind of evidence.
   *
   * @return the citation, such as {@code 003_c3246053945df94a.txt:1700}
   */
  public String citation() {
    return SEED + line.substring(line.indexOf(':'));
  }

  /**
   * Obtains the kinds of evidence that support a characteristic.
   *
   * @param characteristic  the characteristic, not null
   * @return the kinds, in declaration order, not empty
   */
  public static Set<EvidenceKind> of(GoodPracticeCharacteristic characteristic) {
    return EnumSet.copyOf(BY_CHARACTERISTIC.get(characteristic));
  }

  private static Map<GoodPracticeCharacteristic, Set<EvidenceKind>> index() {
    Map<GoodPracticeCharacteristic, Set<EvidenceKind>> map =
        new EnumMap<>(GoodPracticeCharacteristic.class);
    for (GoodPracticeCharacteristic c : GoodPracticeCharacteristic.values()) {
      map.put(c, EnumSet.noneOf(EvidenceKind.class));
    }
    for (EvidenceKind kind : values()) {
      map.get(kind.characteristic).add(kind);
    }
    return map;
  }
}
