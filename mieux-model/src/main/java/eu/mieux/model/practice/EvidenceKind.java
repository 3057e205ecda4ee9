package eu.mieux.model.practice;

import eu.mieux.model.Coded;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A kind of observable evidence that an Action has one of the ten characteristics of a good
 * practice, taken from what the 16 case studies of the 10-year report 'Créer des liens' (2020)
 * actually report.
 *
 * <p>Each kind supports exactly one {@link GoodPracticeCharacteristic}, and its javadoc names the
 * case studies that show it.
 *
 * <p>Choice: kinds are facts a reader can check in a report (a decree, a named focal point, a
 * second request), never judgements such as "good ownership". The mapping from kind to
 * characteristic is this library's reading of the reports; the reports themselves only list the
 * characteristics each case study is credited with (RULES.md §6.4 G1).
 */
public enum EvidenceKind implements Coded {

  // 1. Ownership

  /**
   * The partner authority took part in every stage and activity of the Action (Thailand;
   * Peru).
   */
  PARTNER_INVOLVED_AT_EVERY_STAGE(GoodPracticeCharacteristic.OWNERSHIP),
  /**
   * The partner named focal points for the Action in each institution (Thailand).
   */
  FOCAL_POINTS_NAMED(GoodPracticeCharacteristic.OWNERSHIP),
  /**
   * The partner led the process: it chaired the working group, drafted the text itself, ran the
   * sessions or took ownership of the joint work (Cabo Verde; Mauritius; Malawi;
   * Madagascar; Brazil).
   */
  PARTNER_LED_PROCESS(GoodPracticeCharacteristic.OWNERSHIP),
  /**
   * The partner adapted the deliverable to its own context (Cabo Verde; Brazil).
   */
  PARTNER_ADAPTED_OUTPUT(GoodPracticeCharacteristic.OWNERSHIP),
  /**
   * The partner agreed how to carry the work on after the Action closed, or carried it on in its
   * own structures (West Africa).
   */
  PRACTICE_CONTINUED_AFTER_CLOSURE(GoodPracticeCharacteristic.OWNERSHIP),

  // 2. Innovation

  /**
   * A method new to the partner was introduced and applied, such as social marketing or a
   * participatory policy cycle (Philippines; Costa Rica).
   */
  NEW_METHOD_INTRODUCED(GoodPracticeCharacteristic.INNOVATION),
  /**
   * The Action did something for the first time: a first regional Action, a first training for a
   * target group (South-East Asia; Philippines).
   */
  FIRST_OF_ITS_KIND(GoodPracticeCharacteristic.INNOVATION),
  /**
   * The Action used a new format of cooperation, such as combining capacity building with
   * ministerial meetings, or a dialogue beyond the usual regional agenda (South-East Asia;
   * COMESA).
   */
  NEW_COOPERATION_FORMAT(GoodPracticeCharacteristic.INNOVATION),

  // 3. Replicability

  /**
   * The practice or product was reused in another country or institution (Philippines manual in
   * Myanmar; Costa Rica's plan presented in Mexico; COMESA's mechanism
   * carried on by Kenya II).
   */
  REUSED_IN_OTHER_COUNTRY_OR_INSTITUTION(GoodPracticeCharacteristic.REPLICABILITY),
  /**
   * The product was reproduced across local units, each with its own version (Cabo Verde's
   * municipal plans).
   */
  REPLICATED_ACROSS_LOCAL_UNITS(GoodPracticeCharacteristic.REPLICABILITY),
  /**
   * The Action identified a practice fit for reproduction elsewhere, or built reproduction into its
   * training (COMESA; Brazil).
   */
  REPLICABLE_PRACTICE_IDENTIFIED(GoodPracticeCharacteristic.REPLICABILITY),

  // 4. Tangible results

  /**
   * A policy, strategy or national plan was adopted or officially launched (Costa Rica;
   * Malawi).
   */
  POLICY_ADOPTED(GoodPracticeCharacteristic.RESULTS_ORIENTED),
  /**
   * A policy or strategy text with its action plan was finalised, adoption pending (Mauritius;
   * Madagascar).
   */
  POLICY_FINALISED(GoodPracticeCharacteristic.RESULTS_ORIENTED),
  /**
   * A law, decree or regulation was adopted (Peru's Supreme Decree).
   */
  LAW_OR_DECREE_ADOPTED(GoodPracticeCharacteristic.RESULTS_ORIENTED),
  /**
   * Standard operating procedures, a manual or training material were adopted or put to use
   * (Peru; Kenya; Jordan; Thailand).
   */
  SOP_OR_MANUAL_ADOPTED(GoodPracticeCharacteristic.RESULTS_ORIENTED),
  /**
   * The partner changed a practice, protocol or working method (Thailand; Philippines;
   * Jordan; Brazil).
   */
  PRACTICE_CHANGED(GoodPracticeCharacteristic.RESULTS_ORIENTED),
  /**
   * A result the report quantifies (Thailand; Peru; Kenya;
   * Brazil).
   */
  MEASURED_RESULT(GoodPracticeCharacteristic.RESULTS_ORIENTED),
  /**
   * A unit was created or an institution given a new mandate to carry the work on (Kenya;
   * Mauritius).
   */
  INSTITUTION_CREATED_OR_MANDATED(GoodPracticeCharacteristic.RESULTS_ORIENTED),
  /**
   * Partners agreed on a common standard, such as shared statistical definitions (COMESA
   *).
   */
  COMMON_STANDARD_AGREED(GoodPracticeCharacteristic.RESULTS_ORIENTED),

  // 5. High-level endorsement

  /**
   * The government adopted the output by a formal act or at a high level (Peru,
   *).
   */
  ADOPTED_BY_GOVERNMENT(GoodPracticeCharacteristic.ENDORSEMENT),
  /**
   * The leadership of the requesting institution validated, adopted or officially launched the
   * output (Peru; Belarus; Costa Rica; Cabo Verde; Brazil
   *).
   */
  VALIDATED_BY_LEADERSHIP(GoodPracticeCharacteristic.ENDORSEMENT),
  /**
   * The request came from a head of government's office, a ministers' meeting or several
   * governments jointly (South-East Asia; COMESA; Mauritius).
   */
  REQUESTED_AT_HIGH_LEVEL(GoodPracticeCharacteristic.ENDORSEMENT),
  /**
   * Senior officials gave the Action explicit political support, met its experts or received its
   * results (South-East Asia; Belarus; Costa Rica; Malawi,;
   * Madagascar).
   */
  HIGH_LEVEL_POLITICAL_SUPPORT(GoodPracticeCharacteristic.ENDORSEMENT),

  // 6. Integration into existing priorities

  /**
   * The Action fits a national plan, policy or strategy, or feeds the one being drafted (Peru;
   * Belarus; Costa Rica; Cabo Verde; Mauritius).
   */
  FITS_NATIONAL_PLAN(GoodPracticeCharacteristic.INTEGRATION),
  /**
   * The Action worked through coordination structures that already existed (Peru; West
   * Africa; Mauritius).
   */
  BUILDS_ON_EXISTING_STRUCTURE(GoodPracticeCharacteristic.INTEGRATION),

  // 7. Expertise

  /**
   * The experts had a specialised profile matched to the theme, such as civil-servant
   * statisticians or EASO-certified trainers (Kenya; Mexico II).
   */
  SPECIALISED_EXPERT_PROFILE(GoodPracticeCharacteristic.EXPERTISE),
  /**
   * The experts reviewed the partner's existing practice and recommended changes (Philippines
   *).
   */
  EXPERT_REVIEW_OF_PARTNER_PRACTICE(GoodPracticeCharacteristic.EXPERTISE),

  // 8. Complementarity and synergy

  /**
   * The Action was run with, or coordinated with, another donor, agency or network (Peru;
   * West Africa; Kenya).
   */
  COORDINATION_WITH_OTHER_ACTORS(GoodPracticeCharacteristic.COMPLEMENTARITY_AND_SYNERGY),
  /**
   * The Action's results fed a regional or global process (South-East Asia; West Africa;
   * Peru).
   */
  CONTRIBUTION_TO_REGIONAL_OR_GLOBAL_PROCESS(GoodPracticeCharacteristic.COMPLEMENTARITY_AND_SYNERGY),

  // 9. EU added value

  /**
   * A practice of the EU or an EU member state was adapted to the partner's context (Thailand;
   * Cabo Verde; Mexico II).
   */
  EU_MS_PRACTICE_ADAPTED(GoodPracticeCharacteristic.EU_ADDED_VALUE),
  /**
   * The Action served an EU external migration framework, such as a Mobility Partnership (Belarus;
   * Cabo Verde).
   */
  EU_POLICY_FRAMEWORK_SERVED(GoodPracticeCharacteristic.EU_ADDED_VALUE),
  /**
   * The Action opened a dialogue between the EU and the partner's actors (South-East Asia;
   * Belarus).
   */
  EU_PARTNER_DIALOGUE_OPENED(GoodPracticeCharacteristic.EU_ADDED_VALUE),
  /**
   * EU member-state experts took knowledge back to their own administrations (Mexico II;
   * Jordan).
   */
  KNOWLEDGE_RETURNED_TO_EU(GoodPracticeCharacteristic.EU_ADDED_VALUE),

  // 10. Catalyst

  /**
   * The partner sent a follow-up request (Philippines).
   */
  FOLLOW_UP_REQUEST(GoodPracticeCharacteristic.CATALYST),
  /**
   * Exchanges started by the Action went on after it, such as a bilateral exchange programme
   * (Thailand).
   */
  EXCHANGES_CONTINUED(GoodPracticeCharacteristic.CATALYST),
  /**
   * Participants were prepared to pass the knowledge on: trainers trained, material built into the
   * partner's own training (Mexico II; Brazil).
   */
  KNOWLEDGE_CASCADED(GoodPracticeCharacteristic.CATALYST),
  /**
   * Practitioners exchanged experience with peers, and the report names what they learned or
   * changed (Thailand; Philippines; West Africa; COMESA;
   * Mexico II; Jordan; Brazil).
   */
  PEER_EXCHANGE_HELD(GoodPracticeCharacteristic.CATALYST);

  private static final Map<GoodPracticeCharacteristic, Set<EvidenceKind>> BY_CHARACTERISTIC =
      index();

  private final GoodPracticeCharacteristic characteristic;

  EvidenceKind(GoodPracticeCharacteristic characteristic) {
    this.characteristic = characteristic;
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
