package eu.mieux.rules.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static eu.mieux.model.practice.EvidenceKind.ADOPTED_BY_GOVERNMENT;
import static eu.mieux.model.practice.EvidenceKind.BUILDS_ON_EXISTING_STRUCTURE;
import static eu.mieux.model.practice.EvidenceKind.COMMON_STANDARD_AGREED;
import static eu.mieux.model.practice.EvidenceKind.CONTRIBUTION_TO_REGIONAL_OR_GLOBAL_PROCESS;
import static eu.mieux.model.practice.EvidenceKind.COORDINATION_WITH_OTHER_ACTORS;
import static eu.mieux.model.practice.EvidenceKind.EU_MS_PRACTICE_ADAPTED;
import static eu.mieux.model.practice.EvidenceKind.EU_PARTNER_DIALOGUE_OPENED;
import static eu.mieux.model.practice.EvidenceKind.EU_POLICY_FRAMEWORK_SERVED;
import static eu.mieux.model.practice.EvidenceKind.EXCHANGES_CONTINUED;
import static eu.mieux.model.practice.EvidenceKind.EXPERT_REVIEW_OF_PARTNER_PRACTICE;
import static eu.mieux.model.practice.EvidenceKind.FIRST_OF_ITS_KIND;
import static eu.mieux.model.practice.EvidenceKind.FITS_NATIONAL_PLAN;
import static eu.mieux.model.practice.EvidenceKind.FOCAL_POINTS_NAMED;
import static eu.mieux.model.practice.EvidenceKind.FOLLOW_UP_REQUEST;
import static eu.mieux.model.practice.EvidenceKind.HIGH_LEVEL_POLITICAL_SUPPORT;
import static eu.mieux.model.practice.EvidenceKind.INSTITUTION_CREATED_OR_MANDATED;
import static eu.mieux.model.practice.EvidenceKind.KNOWLEDGE_CASCADED;
import static eu.mieux.model.practice.EvidenceKind.KNOWLEDGE_RETURNED_TO_EU;
import static eu.mieux.model.practice.EvidenceKind.LAW_OR_DECREE_ADOPTED;
import static eu.mieux.model.practice.EvidenceKind.MEASURED_RESULT;
import static eu.mieux.model.practice.EvidenceKind.NEW_COOPERATION_FORMAT;
import static eu.mieux.model.practice.EvidenceKind.NEW_METHOD_INTRODUCED;
import static eu.mieux.model.practice.EvidenceKind.PARTNER_ADAPTED_OUTPUT;
import static eu.mieux.model.practice.EvidenceKind.PARTNER_INVOLVED_AT_EVERY_STAGE;
import static eu.mieux.model.practice.EvidenceKind.PARTNER_LED_PROCESS;
import static eu.mieux.model.practice.EvidenceKind.PEER_EXCHANGE_HELD;
import static eu.mieux.model.practice.EvidenceKind.POLICY_ADOPTED;
import static eu.mieux.model.practice.EvidenceKind.POLICY_FINALISED;
import static eu.mieux.model.practice.EvidenceKind.PRACTICE_CHANGED;
import static eu.mieux.model.practice.EvidenceKind.PRACTICE_CONTINUED_AFTER_CLOSURE;
import static eu.mieux.model.practice.EvidenceKind.REPLICABLE_PRACTICE_IDENTIFIED;
import static eu.mieux.model.practice.EvidenceKind.REPLICATED_ACROSS_LOCAL_UNITS;
import static eu.mieux.model.practice.EvidenceKind.REQUESTED_AT_HIGH_LEVEL;
import static eu.mieux.model.practice.EvidenceKind.REUSED_IN_OTHER_COUNTRY_OR_INSTITUTION;
import static eu.mieux.model.practice.EvidenceKind.SOP_OR_MANUAL_ADOPTED;
import static eu.mieux.model.practice.EvidenceKind.SPECIALISED_EXPERT_PROFILE;
import static eu.mieux.model.practice.EvidenceKind.VALIDATED_BY_LEADERSHIP;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.CATALYST;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.COMPLEMENTARITY_AND_SYNERGY;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.ENDORSEMENT;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.EU_ADDED_VALUE;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.EXPERTISE;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.INNOVATION;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.INTEGRATION;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.OWNERSHIP;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.REPLICABILITY;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.RESULTS_ORIENTED;

import eu.mieux.model.Phase;
import eu.mieux.model.action.Action;
import eu.mieux.model.ActionCode;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.action.Deliverable;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.action.FocalPoint;
import eu.mieux.model.country.Country;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.Evidence;
import eu.mieux.model.practice.EvidenceKind;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.ThematicArea;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The 16 case studies of 003 (RULES.md §6.3) as model values: each a realistic {@link Action}, the
 * characteristics its panel credits, and the evidence its text reports, with citations.
 *
 * <p>Assessed by {@link GoodPracticeScoring} under {@link Scoring#standard()}, each case study's
 * profile is exactly the characteristics its panel credits (16 of 16), and the totals per
 * characteristic are 8, 4, 4, 11, 10, 6, 3, 4, 5 and 7, 62 in all.
 *
 * <p>How the values were built:
 * <ul>
 *   <li><b>Evidence</b> states facts of the narrative in English, each citing its lines of
 *       {@code 003_c3246053945df94a.txt}. Nothing is invented to reach a characteristic: each
 *       credited characteristic is backed by what the text reports.</li>
 *   <li>Choice: the narratives also report facts that would fall under characteristics the panels
 *       do not credit (Mauritius has a paragraph headed "complementarity and synergies", yet 8 is
 *       not credited). Such facts are kept in {@link CaseStudy#evidenceNotCredited()}, not passed
 *       to the scoring, because the panel is the report's own assessment. The list is a sample of
 *       the clearest cases, not exhaustive.</li>
 *   <li><b>Dates</b>: the texts give years, sometimes months. An Action runs from 1 January of its
 *       first year to 31 December of its last; an activity dated to the month runs from the
 *       month's first to its last day. Activities are listed only where the text dates them.</li>
 *   <li><b>Thematic areas</b> follow RULES.md §6.3's derived grouping, which the text does not
 *       state line by line; <b>codes</b> only where RULES.md §12 gives one without ambiguity.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseStudies {

  private static final String SEED = "003_c3246053945df94a.txt";

  private CaseStudies() {}

  /**
   * Gets the 16 case studies, in the order of 003.
   *
   * @return the case studies, numbered 1 to 16
   */
  public static List<CaseStudy> all() {
    return Standard.ALL;
  }

  /**
   * Obtains a case study by its number.
   *
   * @param number  the number in RULES.md §6.3, 1 to 16
   * @return the case study
   * @throws IllegalArgumentException if the number is not between 1 and 16
   */
  public static CaseStudy ofNumber(int number) {
    checkArgument(number >= 1 && number <= 16, "number must be between 1 and 16, but was %s",
        number);
    return Standard.ALL.get(number - 1);
  }

  private static final class Standard {
    static final List<CaseStudy> ALL = List.of(thailand(), peru(), philippines(), southEastAsia(),
        westAfrica(), belarus(), costaRica(), caboVerde(), comesa(), kenya(), mexico(), jordan(),
        mauritius(), malawi(), madagascar(), brazil());
  }

  // 1
  private static CaseStudy thailand() {
    Action action = action("Preventing trafficking and protecting victims and migrants in vagrancy",
        Phase.MIEUX_II, 2013, 2018, ThematicArea.IRREGULAR_MIGRATION_AND_THB, Country.TH)
        .requestingAuthority(body("Ministry of Social Development and Human Security", "MSDHS",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.TH))
        .addActivity(activity(ActivityType.STUDY_VISIT, "Study visit to Centrum 16 22, The Hague",
            YearMonth.of(2018, 4), YearMonth.of(2018, 4), Country.NL))
        .addFocalPoint(focalPoint("th-datip-operational", "DATIP", "operational"))
        .addFocalPoint(focalPoint("th-datip-strategic", "DATIP", "strategic"))
        .addFocalPoint(focalPoint("th-dsdw-operational", "DSDW", "operational"))
        .addFocalPoint(focalPoint("th-dsdw-strategic", "DSDW", "strategic"))
        .addDeliverable(Deliverable.of(DeliverableType.BROCHURE,
            "Safe use of modern technology against child trafficking"))
        .addDeliverable(Deliverable.of(DeliverableType.BROCHURE, "Gender and THB"))
        .addDeliverable(Deliverable.of(DeliverableType.BROCHURE,
            "Identifying and assisting victims of severe trauma"))
        .build();
    return study(1, "Thailand: THB prevention and victim protection", "1641-1658", action,
        OWNERSHIP, RESULTS_ORIENTED, EU_ADDED_VALUE, CATALYST)
        .addEvidence(
            ev(PARTNER_INVOLVED_AT_EVERY_STAGE,
                "MSDHS and its shelters took part in every stage and activity of both Actions", "1694"),
            ev(FOCAL_POINTS_NAMED,
                "Four focal points named: two in DATIP, two in DSDW, one operational and one"
                    + " strategic in each", "1700"),
            ev(PRACTICE_CHANGED,
                "DATIP revised its victim-identification and investigation protocols after the"
                    + " Brussels study visit; DSDW started a Housing First pilot", "1675"),
            ev(MEASURED_RESULT, "270 small housing units created in 24 provinces", "1675"),
            ev(MEASURED_RESULT, "3,800 children sensitised to trafficking in 22 schools", "1677"),
            ev(SOP_OR_MANUAL_ADOPTED, "DATIP produced three brochures to train its staff", "1683"),
            ev(EU_MS_PRACTICE_ADAPTED,
                "EU and member-state practice adjusted to the local context; the Thai authorities"
                    + " rated the adaptation among the Action's most valuable achievements", "1689"),
            ev(EXCHANGES_CONTINUED,
                "Bilateral exchange programme launched between DATIP and Belgian NGOs", "1685"),
            ev(PEER_EXCHANGE_HELD,
                "Participant-centred referral workshop: shelter staff from several regions"
                    + " exchanged practice with each other and with the experts", "1696"))
        .addEvidenceNotCredited(
            ev(VALIDATED_BY_LEADERSHIP,
                "DATIP and DSDW leadership took part in the study visits and fully supported some"
                    + " deliverables", "1702"))
        .build();
  }

  // 2
  private static CaseStudy peru() {
    Action action = action("Combating the smuggling of migrants", Phase.MIEUX_III, 2017, 2018,
        ThematicArea.IRREGULAR_MIGRATION_AND_THB, Country.PE)
        .sequelNumber(3)
        .requestingAuthority(body("General Directorate for Democratic Security, Ministry of the"
            + " Interior", "DGSD", RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.PE))
        .addDeliverable(Deliverable.of(DeliverableType.GUIDELINES_OR_PROTOCOL,
            "Intersectoral guidelines against the smuggling of migrants"))
        .addDeliverable(Deliverable.of(DeliverableType.GUIDE_OR_MANUAL,
            "Training manual on the smuggling of migrants"))
        .addDeliverable(Deliverable.of(DeliverableType.STANDARD_OPERATING_PROCEDURES,
            "SOPs for handling smuggling cases"))
        .build();
    return study(2, "Peru (III): combating smuggling of migrants", "1704-1722", action,
        OWNERSHIP, RESULTS_ORIENTED, ENDORSEMENT, INTEGRATION, COMPLEMENTARITY_AND_SYNERGY)
        .addEvidence(
            ev(PARTNER_INVOLVED_AT_EVERY_STAGE,
                "DGSD involved its provincial desks, commissions and working groups in every"
                    + " activity from the start", "1760-1764"),
            ev(LAW_OR_DECREE_ADOPTED,
                "Intersectoral guidelines approved by Supreme Decree No. 008-2018-IN", "1762"),
            ev(SOP_OR_MANUAL_ADOPTED,
                "The Ministry of the Interior set up SOPs for smuggling cases", "1756"),
            ev(MEASURED_RESULT,
                "Training manual distributed to more than 100 agents in two sessions, Tacna and"
                    + " Tumbes; online survey in 21 desks", "1757"),
            ev(ADOPTED_BY_GOVERNMENT,
                "A final text of the guidelines was drafted and adopted at a high level after the"
                    + " opening conference", "1737"),
            ev(VALIDATED_BY_LEADERSHIP, "Training manual validated by DGSD", "1757"),
            ev(FITS_NATIONAL_PLAN,
                "Builds on Peru's national anti-trafficking public policy since 2015 and on two"
                    + " earlier MIEUX Actions", "1716-1731"),
            ev(BUILDS_ON_EXISTING_STRUCTURE,
                "Worked through DGSD's existing multidisciplinary desks and commissions", "1760"),
            ev(COORDINATION_WITH_OTHER_ACTORS,
                "Border trainings organised with UNODC; Interpol's ISON network took part",
                "1766"),
            ev(CONTRIBUTION_TO_REGIONAL_OR_GLOBAL_PROCESS,
                "Supported the Ibero-American network of specialised prosecutors (REDTRAM)",
                "1759"))
        .addEvidenceNotCredited(
            ev(SPECIALISED_EXPERT_PROFILE,
                "Mixed teams of Argentine and Spanish experts, public and private sector", "1743"))
        .build();
  }

  // 3
  private static CaseStudy philippines() {
    Action action = action("Communicating better with migrants", Phase.MIEUX_I, 2010, 2012,
        ThematicArea.IRREGULAR_MIGRATION_AND_THB, Country.PH)
        .requestingAuthority(body("Department of Labor and Employment", "DOLE",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.PH))
        .addOtherAuthority(body("Philippine Overseas Employment Administration", "POEA",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.PH))
        .addDeliverable(Deliverable.of(DeliverableType.REPORT, "Campaigning against illegal"
            + " recruitment and THB through social marketing techniques"))
        .build();
    return study(3, "Philippines: communicating with migrants", "1773-1791", action,
        INNOVATION, REPLICABILITY, RESULTS_ORIENTED, EXPERTISE, CATALYST)
        .addEvidence(
            ev(NEW_METHOD_INTRODUCED,
                "Authorities trained in social marketing, a method new to them, to warn against"
                    + " illegal recruitment and THB", "1777-1785"),
            ev(FIRST_OF_ITS_KIND,
                "Philippine labour attachés in EU member states trained on EU migration policy for"
                    + " the first time", "1813"),
            ev(REUSED_IN_OTHER_COUNTRY_OR_INSTITUTION,
                "The resource manual was reused by MIEUX in Myanmar, with POEA experts as peers",
                "1821"),
            ev(PRACTICE_CHANGED,
                "POEA campaign tools evaluated for the first time and changed to target"
                    + " beneficiaries better", "1817"),
            ev(EXPERT_REVIEW_OF_PARTNER_PRACTICE,
                "Experts evaluated the LGU and POEA trainings and found them too theoretical",
                "1809"),
            ev(FOLLOW_UP_REQUEST,
                "POEA sent a second request to spread the manual to LGUs and train more staff",
                "1822"),
            ev(PEER_EXCHANGE_HELD,
                "Thematic workshops brought together POEA, IACAT and local government units",
                "1802"))
        .addEvidenceNotCredited(
            ev(HIGH_LEVEL_POLITICAL_SUPPORT,
                "POEA leadership gave considerable political support; senior officials took part"
                    + " in activities", "1826"))
        .build();
  }

  // 4
  private static CaseStudy southEastAsia() {
    Action action = action("Strengthening cooperation on migration", Phase.MIEUX_II, 2012, 2013,
        ThematicArea.MIGRATION_AND_DEVELOPMENT, Country.ID, Country.PH, Country.VN)
        .requestingAuthority(body("Commission on Filipinos Overseas", "CFO",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.PH))
        .addActivity(activity(ActivityType.REGIONAL_CONFERENCE,
            "Migration and development: stock-take in South-East Asia, Manila",
            YearMonth.of(2012, 12), YearMonth.of(2012, 12), Country.PH))
        .addActivity(activity(ActivityType.REGIONAL_CONFERENCE,
            "Regional cooperation, mobility and M&D good practice, Jakarta",
            YearMonth.of(2013, 8), YearMonth.of(2013, 8), Country.ID))
        .addActivity(activity(ActivityType.REGIONAL_CONFERENCE,
            "Preventing irregular migration and protecting migrants' rights, Hanoi",
            YearMonth.of(2013, 10), YearMonth.of(2013, 10), Country.VN))
        .build();
    return study(4, "South-East Asia: cooperation on migration", "1830-1845", action,
        INNOVATION, ENDORSEMENT, COMPLEMENTARITY_AND_SYNERGY, EU_ADDED_VALUE)
        .addEvidence(
            ev(FIRST_OF_ITS_KIND,
                "First multilateral request and first MIEUX Action with a regional scope",
                "1834-1840"),
            ev(NEW_COOPERATION_FORMAT,
                "Three governments took the regional debate beyond labour and irregular migration"
                    + " to M&D; all ten ASEAN countries took part", "1864"),
            ev(REQUESTED_AT_HIGH_LEVEL,
                "Joint request by the governments of Indonesia, the Philippines and Viet Nam",
                "1838"),
            ev(HIGH_LEVEL_POLITICAL_SUPPORT,
                "Political will of the Philippine government, joined by Indonesia and Viet Nam",
                "1876"),
            ev(CONTRIBUTION_TO_REGIONAL_OR_GLOBAL_PROCESS,
                "Conclusions fed the GFMD, the UN High-Level Dialogue and the Europe-Asia policy"
                    + " panel", "1865"),
            ev(EU_PARTNER_DIALOGUE_OPENED,
                "Operational exchange between the EU and member states and South-East Asian"
                    + " states", "1867"))
        .addEvidenceNotCredited(
            ev(INSTITUTION_CREATED_OR_MANDATED,
                "After the Action, CFO obtained South Korean funding for an entity inspired by the"
                    + " European Migration Network", "1872"))
        .build();
  }

  // 5
  private static CaseStudy westAfrica() {
    Action action = action("Sharing knowledge on migration and the environment", Phase.MIEUX_II,
        2014, 2018, ThematicArea.HORIZONTAL_INTERVENTIONS, Country.BJ, Country.GW, Country.TG)
        .code(ActionCode.of(2014, 10))
        .requestingAuthority(body("Government of Benin", "", RequesterKind.NATIONAL_PUBLIC_AUTHORITY,
            Country.BJ))
        .addOtherAuthority(body("Government of Guinea-Bissau", "",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.GW))
        .addOtherAuthority(body("Government of Togo", "", RequesterKind.NATIONAL_PUBLIC_AUTHORITY,
            Country.TG))
        .addActivity(Activity.builder().type(ActivityType.REGIONAL_POLICY_CONSULTATION)
            .title("Regional consultation on migration, climate change and the environment")
            .startDate(LocalDate.of(2015, 10, 1)).endDate(LocalDate.of(2015, 10, 31)).build())
        .addDeliverable(Deliverable.of(DeliverableType.REPORT, "Reference document on migration,"
            + " climate change and the environment in West Africa"))
        .build();
    return study(5, "West Africa: migration and environment", "1881-1896", action,
        OWNERSHIP, INTEGRATION, COMPLEMENTARITY_AND_SYNERGY, CATALYST)
        .addEvidence(
            ev(PRACTICE_CONTINUED_AFTER_CLOSURE,
                "Delegates agreed key elements to guide further action after the Action's"
                    + " closure", "1907"),
            ev(BUILDS_ON_EXISTING_STRUCTURE,
                "Lessons linked to national M&D coordination bodies in Benin and Togo", "1939"),
            ev(COORDINATION_WITH_OTHER_ACTORS,
                "Cooperation with the Platform on Disaster Displacement, IOM, the government of"
                    + " Bangladesh and the Hugo Observatory", "1932"),
            ev(CONTRIBUTION_TO_REGIONAL_OR_GLOBAL_PROCESS,
                "GFMD cited the Action as an SDG 13 good practice, 15 March 2019", "1949"),
            ev(PEER_EXCHANGE_HELD,
                "Three national consultations, Cotonou, Lome and Bissau, with peer exchange among"
                    + " institutions, NGOs, academics and EU and southern experts", "1910"),
            ev(PEER_EXCHANGE_HELD,
                "Bangladesh government delegates shared their climate-displacement strategy", "1938"))
        .build();
  }

  // 6
  private static CaseStudy belarus() {
    Action action = action("Preparing for migrant workers' rights", Phase.MIEUX_III, 2016, 2018,
        ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, Country.BY)
        .code(ActionCode.of(2016, 2))
        .requestingAuthority(body("Ministry of Internal Affairs", "",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.BY))
        .addExpert(expert("by-ilo", ExpertOrigin.NON_EU, ExpertProfile.INTERNATIONAL_ORGANISATION,
            Country.MD, "International Labour Organization"))
        .addExpert(expert("by-bg-labour", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CIVIL_SERVANT,
            Country.BG, "Bulgarian Ministry of Labour and Social Policy"))
        .addActivity(activity(ActivityType.PRESENTATION,
            "Presentation of the analytical report to senior officials",
            YearMonth.of(2018, 6), YearMonth.of(2018, 6), Country.BY))
        .addDeliverable(Deliverable.of(DeliverableType.REPORT,
            "Analytical report on external labour-migration legislation"))
        .build();
    return study(6, "Belarus: migrant workers' rights", "1957-1971", action,
        ENDORSEMENT, INTEGRATION, EU_ADDED_VALUE)
        .addEvidence(
            ev(HIGH_LEVEL_POLITICAL_SUPPORT,
                "Recommendations presented in June 2018 to senior representatives of several"
                    + " ministries and the head of the EU Delegation", "2000"),
            ev(VALIDATED_BY_LEADERSHIP,
                "The Ministry of the Interior decided the report would ground a future national"
                    + " migration strategy", "2014"),
            ev(FITS_NATIONAL_PLAN,
                "A national migration strategy is the government's first priority; working-group"
                    + " members joined the high-level group drafting it", "2010-2018"),
            ev(EU_POLICY_FRAMEWORK_SERVED,
                "Within the EU-Belarus Mobility Partnership declaration of October 2016",
                "1965"),
            ev(EU_PARTNER_DIALOGUE_OPENED,
                "Bridges built between the EU and most Belarusian labour-migration actors",
                "2008"))
        .addEvidenceNotCredited(
            ev(SPECIALISED_EXPERT_PROFILE,
                "Experts judged highly suitable: an ILO consultant and a Bulgarian head of unit"
                    + " with deep knowledge of ILO conventions", "2004"),
            ev(COORDINATION_WITH_OTHER_ACTORS,
                "Complemented the ILO Decent Work Country Programmes", "2004"))
        .build();
  }

  // 7
  private static CaseStudy costaRica() {
    Action action = action("Drafting the second National Integration Plan", Phase.MIEUX_III, 2017,
        2017, ThematicArea.HORIZONTAL_INTERVENTIONS, Country.CR)
        .code(ActionCode.of(2016, 7))
        .sequelNumber(2)
        .requestingAuthority(body("General Directorate of Migration and Foreigners", "DGME",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.CR))
        .addExpert(expert("cr2-es-1", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CIVIL_SERVANT,
            Country.ES, ""))
        .addExpert(expert("cr2-es-2", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CIVIL_SERVANT,
            Country.ES, ""))
        .addDeliverable(Deliverable.builder().type(DeliverableType.POLICY_OR_STRATEGY)
            .title("National Integration Plan 2018-2022").adoptedOn(LocalDate.of(2017, 12, 8))
            .build())
        .build();
    return study(7, "Costa Rica (II): 2nd National Integration Plan", "2020-2040", action,
        INNOVATION, REPLICABILITY, RESULTS_ORIENTED, ENDORSEMENT, INTEGRATION)
        .addEvidence(
            ev(NEW_METHOD_INTRODUCED,
                "Participatory, evidence-based policy cycle; unlike before, universities, NGOs and"
                    + " migrant communities took part in drafting", "2057-2074"),
            ev(REUSED_IN_OTHER_COUNTRY_OR_INSTITUTION,
                "DGME presented the plan at integration seminars of MIEUX's support to Mexico",
                "2084"),
            ev(REUSED_IN_OTHER_COUNTRY_OR_INSTITUTION,
                "The plan served as the worked example of a MIEUX lab at the European Development"
                    + " Days 2018", "2085"),
            Evidence.builder().kind(POLICY_ADOPTED)
                .statement("National Integration Plan 2018-2022 officially launched")
                .source(SEED + ":2072").date(LocalDate.of(2017, 12, 8)).build(),
            ev(VALIDATED_BY_LEADERSHIP,
                "Adopted by DGME and presented to the National Migration Council", "2067"),
            ev(HIGH_LEVEL_POLITICAL_SUPPORT,
                "The National Migration Council was kept informed throughout", "2082"),
            ev(FITS_NATIONAL_PLAN,
                "Implementation built into the National Development and Public Investment Plan"
                    + " 2019-2022", "2072"))
        .build();
  }

  // 8
  private static CaseStudy caboVerde() {
    Action action = action("Municipal action plan for immigration and integration",
        Phase.MIEUX_III, 2017, 2019, ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, Country.CV)
        .code(ActionCode.of(2016, 15))
        .sequelNumber(4)
        .requestingAuthority(body("Directorate-General for Immigration, Ministry of Family and"
            + " Social Inclusion", "DGI", RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.CV))
        .addExpert(expert("cv4-sef", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CIVIL_SERVANT,
            Country.PT, "Portuguese Immigration and Borders Service (SEF)"))
        .addExpert(expert("cv4-oeiras", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CIVIL_SERVANT,
            Country.PT, "Municipality of Oeiras"))
        .addDeliverable(Deliverable.of(DeliverableType.POLICY_OR_STRATEGY,
            "Municipal action plan for immigration and integration (MAPII)"))
        .build();
    return study(8, "Cabo Verde (IV): municipal immigration and integration plan", "2093-2109",
        action, OWNERSHIP, REPLICABILITY, ENDORSEMENT, INTEGRATION, EU_ADDED_VALUE)
        .addEvidence(
            ev(PARTNER_LED_PROCESS, "The working group was chaired by the Director of DGI",
                "2122"),
            ev(PARTNER_ADAPTED_OUTPUT,
                "Each municipality is to adapt the plan to its context, demography and needs",
                "2118"),
            ev(REPLICATED_ACROSS_LOCAL_UNITS,
                "Boa Vista island and the city of Praia already have their own versions of the"
                    + " plan", "2118"),
            ev(VALIDATED_BY_LEADERSHIP,
                "DGI and Praia's municipal council officially launched the first plan in 2019",
                "2118"),
            ev(FITS_NATIONAL_PLAN,
                "Translates the National Immigration Strategy of 2012 into local action",
                "2116-2118"),
            ev(EU_MS_PRACTICE_ADAPTED,
                "Portugal's one-stop-shop migrant support centres studied for the local immigrant"
                    + " support offices", "2123-2130"),
            ev(EU_POLICY_FRAMEWORK_SERVED,
                "Cabo Verde was among the first countries in a Mobility Partnership with the EU",
                "2101"))
        .addEvidenceNotCredited(
            ev(POLICY_ADOPTED, "A new municipal plan frames direct assistance to migrants", "2134"),
            ev(SPECIALISED_EXPERT_PROFILE,
                "National (SEF) and local (Oeiras) Portuguese experts with complementary profiles",
                "2124"))
        .build();
  }

  // 9
  private static CaseStudy comesa() {
    Action action = action("Regional data sharing", Phase.MIEUX_II, 2012, 2016,
        ThematicArea.HORIZONTAL_INTERVENTIONS, Country.ZM)
        .code(ActionCode.of(2012, 6))
        .sequelNumber(2)
        .requestingAuthority(RequestingBody.builder()
            .name("Common Market for Eastern and Southern Africa Secretariat").acronym("COMESA")
            .kind(RequesterKind.REGIONAL_ORGANISATION).build())
        .addDeliverable(Deliverable.of(DeliverableType.QUESTIONNAIRE,
            "Questionnaire on migration data in five axes"))
        .build();
    return study(9, "COMESA (II): regional data sharing", "2146-2164", action,
        INNOVATION, REPLICABILITY, RESULTS_ORIENTED, ENDORSEMENT, CATALYST)
        .addEvidence(
            ev(NEW_COOPERATION_FORMAT,
                "Capacity building combined with working and ministerial meetings turned results"
                    + " directly into regional policy measures", "2180"),
            ev(REPLICABLE_PRACTICE_IDENTIFIED,
                "National efforts fit for reproduction at regional level were identified", "2177"),
            ev(REUSED_IN_OTHER_COUNTRY_OR_INSTITUTION,
                "Kenya II carried the regional data-exchange mechanism into national SOPs",
                "2229"),
            ev(COMMON_STANDARD_AGREED,
                "Nine concepts given common definitions across the region", "2185"),
            ev(REQUESTED_AT_HIGH_LEVEL,
                "Requested after the 8th Immigration Chiefs and 5th Ministers of Immigration"
                    + " meetings, Lusaka, December 2012", "2154"),
            ev(PEER_EXCHANGE_HELD,
                "Member-state statisticians presented their countries' data-sharing frameworks",
                "2173"))
        .addEvidenceNotCredited(
            ev(COORDINATION_WITH_OTHER_ACTORS,
                "Complemented COMESA's role in the Africa-EU Partnership on migration, mobility and"
                    + " employment", "2178"))
        .build();
  }

  // 10
  private static CaseStudy kenya() {
    Action action = action("SOPs for migration data management", Phase.MIEUX_III, 2017, 2019,
        ThematicArea.HORIZONTAL_INTERVENTIONS, Country.KE)
        .code(ActionCode.of(2016, 16))
        .sequelNumber(2)
        .requestingAuthority(body("National Coordination Mechanism on Migration", "NCM",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.KE))
        .addExpert(expert("ke2-it-statistics", ExpertOrigin.EU_MEMBER_STATE,
            ExpertProfile.CIVIL_SERVANT, Country.IT, ""))
        .addExpert(expert("ke2-mt-statistics", ExpertOrigin.EU_MEMBER_STATE,
            ExpertProfile.CIVIL_SERVANT, Country.MT, ""))
        .addDeliverable(Deliverable.of(DeliverableType.STANDARD_OPERATING_PROCEDURES,
            "SOPs for migration data management"))
        .build();
    return study(10, "Kenya (II): SOPs for migration data", "2194-2208", action,
        RESULTS_ORIENTED, EXPERTISE, COMPLEMENTARITY_AND_SYNERGY)
        .addEvidence(
            ev(SOP_OR_MANUAL_ADOPTED, "SOPs finalised and adopted at technical level", "2223"),
            ev(MEASURED_RESULT, "20 technical officers trained", "2235"),
            ev(INSTITUTION_CREATED_OR_MANDATED,
                "NCM given new prerogatives as inter-agency coordinator and the annual SOP update",
                "2237"),
            ev(SPECIALISED_EXPERT_PROFILE,
                "Two civil-servant statistics experts, from Italy and Malta", "2221"),
            ev(COORDINATION_WITH_OTHER_ACTORS,
                "Worked closely with GIZ, which follows up with data-analysis training", "2228"))
        .build();
  }

  // 11
  private static CaseStudy mexico() {
    Action action = action("Capacity building with the EASO training curriculum",
        Phase.MIEUX_III, 2017, 2018, ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM, Country.MX)
        .sequelNumber(2)
        .requestingAuthority(body("National Institute of Migration", "INM",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.MX))
        .addOtherAuthority(body("Mexican Commission for Refugee Assistance", "COMAR",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.MX))
        .addExpert(expert("mx2-es", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CERTIFIED_TRAINER,
            Country.ES, ""))
        .addExpert(expert("mx2-nl", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CERTIFIED_TRAINER,
            Country.NL, ""))
        .addExpert(expert("mx2-pt", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CERTIFIED_TRAINER,
            Country.PT, ""))
        .addExpert(expert("mx2-se", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CERTIFIED_TRAINER,
            Country.SE, ""))
        .build();
    return study(11, "Mexico II: EASO training curriculum", "2246-2262", action,
        EXPERTISE, EU_ADDED_VALUE, CATALYST)
        .addEvidence(
            ev(SPECIALISED_EXPERT_PROFILE,
                "Team mainly of EASO-certified trainers from Spain, the Netherlands, Portugal and"
                    + " Sweden", "2287"),
            ev(EU_MS_PRACTICE_ADAPTED,
                "INM built the EASO practical guide into its initial training on international"
                    + " protection", "2295"),
            ev(KNOWLEDGE_RETURNED_TO_EU,
                "MIEUX experts found the Mexican experience useful as Europe sees more asylum"
                    + " claims from the region", "2296"),
            ev(PEER_EXCHANGE_HELD,
                "Peer exchanges led COMAR to change how it interviews children", "2293"),
            ev(KNOWLEDGE_CASCADED,
                "INM plans to use the guide in a new online course open to all its staff", "2295"))
        .addEvidenceNotCredited(
            ev(PRACTICE_CHANGED,
                "COMAR codified its interview method; INM adapted its interview questionnaires",
                "2292-2294"),
            ev(COORDINATION_WITH_OTHER_ACTORS,
                "Close coordination with UNHCR avoided duplicated capacity building", "2302"))
        .build();
  }

  // 12
  private static CaseStudy jordan() {
    Action action = action("New measures to protect victims of trafficking", Phase.MIEUX_III,
        2016, 2019, ThematicArea.IRREGULAR_MIGRATION_AND_THB, Country.JO)
        .sequelNumber(2)
        .requestingAuthority(body("Ministry of Social Development", "MoSD",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.JO))
        .addDeliverable(Deliverable.of(DeliverableType.STANDARD_OPERATING_PROCEDURES,
            "SOPs and guiding principles for the Amman VoT shelters"))
        .addDeliverable(Deliverable.of(DeliverableType.REPORT, "Needs assessment report"))
        .build();
    return study(12, "Jordan (II): VoT protection procedures", "2309-2322", action,
        RESULTS_ORIENTED, CATALYST)
        .addEvidence(
            ev(SOP_OR_MANUAL_ADOPTED,
                "Clear and complete procedures for the daily care of victims in the shelters",
                "2368"),
            ev(PRACTICE_CHANGED,
                "MoSD and the two shelters moved to a victim-centred approach", "2360"),
            ev(PEER_EXCHANGE_HELD,
                "Study visit to Belgian shelters by a delegation of five, who put the knowledge"
                    + " into practice", "2353"),
            ev(PEER_EXCHANGE_HELD,
                "Exchanges with the experts identified new forms of assistance to victims",
                "2367"))
        .addEvidenceNotCredited(
            ev(PARTNER_LED_PROCESS,
                "MoSD's focal point co-led the drafting sessions to maximise ownership", "2351"),
            ev(KNOWLEDGE_RETURNED_TO_EU,
                "Belgian and Bulgarian experts shared what they learned with their"
                    + " administrations", "2369"))
        .build();
  }

  // 13
  private static CaseStudy mauritius() {
    Action action = action("Migration and development policy", Phase.MIEUX_III, 2017, 2017,
        ThematicArea.MIGRATION_AND_DEVELOPMENT, Country.MU)
        .sequelNumber(2)
        .requestingAuthority(body("Prime Minister's Office", "",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.MU))
        .addExpert(expert("mu2-fr", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CIVIL_SERVANT,
            Country.FR, "French Ministry of Foreign Affairs"))
        .addExpert(expert("mu2-cv-dgi", ExpertOrigin.NON_EU, ExpertProfile.CIVIL_SERVANT,
            Country.CV, "Directorate-General for Immigration, Cabo Verde"))
        .addDeliverable(Deliverable.of(DeliverableType.POLICY_OR_STRATEGY,
            "National migration and development policy and action plan"))
        .build();
    return study(13, "Mauritius II: M&D policy", "2377-2392", action,
        OWNERSHIP, RESULTS_ORIENTED, ENDORSEMENT, INTEGRATION)
        .addEvidence(
            ev(PARTNER_LED_PROCESS,
                "All actors took ownership of the joint work; the administration became more"
                    + " autonomous", "2422"),
            ev(POLICY_FINALISED,
                "M&D strategy drafted with all key actors, with an action plan of concrete"
                    + " measures", "2417"),
            ev(INSTITUTION_CREATED_OR_MANDATED,
                "A special migration unit created to coordinate, supervise implementation and"
                    + " monitor", "2430"),
            ev(REQUESTED_AT_HIGH_LEVEL, "Requested by the Prime Minister's Office", "2402"),
            ev(FITS_NATIONAL_PLAN,
                "Policy aligned with Vision 2030 and the national development plans", "2417-2418"),
            ev(BUILDS_ON_EXISTING_STRUCTURE,
                "Worked through the existing National Steering Committee on Migration", "2422"))
        .addEvidenceNotCredited(
            ev(COORDINATION_WITH_OTHER_ACTORS,
                "Complemented IOM's migration profile and the World Bank's APEI programme",
                "2424"))
        .build();
  }

  // 14
  private static CaseStudy malawi() {
    Action action = action("New national diaspora engagement policy", Phase.MIEUX_II, 2014, 2016,
        ThematicArea.MIGRATION_AND_DEVELOPMENT, Country.MW)
        .requestingAuthority(body("Diaspora Affairs Unit, Ministry of Foreign Affairs", "DAU",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.MW))
        .addDeliverable(Deliverable.of(DeliverableType.POLICY_OR_STRATEGY,
            "Diaspora engagement policy"))
        .build();
    return study(14, "Malawi: diaspora engagement policy", "2442-2458", action,
        OWNERSHIP, RESULTS_ORIENTED, ENDORSEMENT)
        .addEvidence(
            ev(PARTNER_LED_PROCESS,
                "A DAU staff member drafted the policy, with DAU's own methodology adapted to the"
                    + " context", "2483"),
            ev(POLICY_ADOPTED, "Policy officially adopted in early 2019", "2486"),
            ev(HIGH_LEVEL_POLITICAL_SUPPORT,
                "20 high-level meetings during fact-finding, including the President's Office",
                "2465"),
            ev(HIGH_LEVEL_POLITICAL_SUPPORT, "Strong political will of the government", "2479"))
        .addEvidenceNotCredited(
            ev(FITS_NATIONAL_PLAN,
                "Adoption waited for the new foreign policy, for coherence", "2485"))
        .build();
  }

  // 15
  private static CaseStudy madagascar() {
    Action action = action("National diaspora engagement policy", Phase.MIEUX_III, 2017, 2019,
        ThematicArea.MIGRATION_AND_DEVELOPMENT, Country.MG)
        .requestingAuthority(body("Directorate of Diaspora Affairs, Ministry of Foreign Affairs",
            "", RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.MG))
        .addActivity(activity(ActivityType.CLOSING_EVENT,
            "Closing event with more than 80 stakeholders, Antananarivo",
            YearMonth.of(2019, 12), YearMonth.of(2019, 12), Country.MG))
        .addDeliverable(Deliverable.of(DeliverableType.POLICY_OR_STRATEGY,
            "National diaspora engagement policy"))
        .build();
    return study(15, "Madagascar: diaspora engagement policy", "2495-2509", action,
        OWNERSHIP, RESULTS_ORIENTED, ENDORSEMENT)
        .addEvidence(
            ev(PARTNER_LED_PROCESS,
                "The Directorate chose to own the formulation process", "2544"),
            ev(POLICY_FINALISED,
                "Policy finalised with its action plan; to be validated at political level",
                "2537"),
            ev(HIGH_LEVEL_POLITICAL_SUPPORT, "Solid political support at a high level", "2544"))
        .addEvidenceNotCredited(
            ev(PEER_EXCHANGE_HELD,
                "Study visit to Senegal to learn from an African country's diaspora practice",
                "2528"))
        .build();
  }

  // 16
  private static CaseStudy brazil() {
    Action action = action("Protecting children in migration", Phase.MIEUX_III, 2019, 2019,
        ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM, Country.BR)
        .code(ActionCode.of(2018, 2))
        .sequelNumber(2)
        .requestingAuthority(body("Federal Public Defender's Office", "DPU",
            RequesterKind.JUDICIAL_AUTHORITY, Country.BR))
        .addExpert(expert("br2-nl-1", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CERTIFIED_TRAINER,
            Country.NL, ""))
        .addExpert(expert("br2-nl-2", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CERTIFIED_TRAINER,
            Country.NL, ""))
        .addActivity(activity(ActivityType.FACT_FINDING_MISSION,
            "Two-week fact-finding mission: Boa Vista, Manaus, Pacaraima and Brasilia",
            YearMonth.of(2019, 7), YearMonth.of(2019, 8), Country.BR))
        .addActivity(activity(ActivityType.WORKSHOP, "Two-day workshop, Brasilia",
            YearMonth.of(2019, 9), YearMonth.of(2019, 9), Country.BR))
        .addActivity(Activity.builder().type(ActivityType.TRAINING_SESSION)
            .title("Two-day trainings on the interview manual in four cities")
            .startDate(LocalDate.of(2019, 11, 1)).endDate(LocalDate.of(2019, 12, 31))
            .location(Country.BR).addExpertId("br2-nl-1").addExpertId("br2-nl-2").build())
        .addDeliverable(Deliverable.of(DeliverableType.GUIDE_OR_MANUAL,
            "Manual of interview techniques with children"))
        .build();
    return study(16, "Brazil II: children in migration", "2547-2562", action,
        OWNERSHIP, RESULTS_ORIENTED, ENDORSEMENT, CATALYST)
        .addEvidence(
            ev(PARTNER_LED_PROCESS,
                "On the workshop's second day the experts moderated and DPU agents led the"
                    + " discussion", "2593"),
            ev(PARTNER_ADAPTED_OUTPUT,
                "The interview manual was adapted to Brazilian reality with the participants'"
                    + " examples", "2594"),
            ev(PRACTICE_CHANGED,
                "DPU and key actors adopted a new working method for children at the border",
                "2584"),
            ev(MEASURED_RESULT, "About 70 officials trained in two-day sessions in four cities",
                "2579"),
            ev(VALIDATED_BY_LEADERSHIP,
                "DPU was very satisfied with the final manual and plans to share it across Latin"
                    + " America and the Caribbean", "2594"),
            ev(KNOWLEDGE_CASCADED,
                "Sessions designed so participants reproduce the exercises with colleagues",
                "2579"),
            ev(PEER_EXCHANGE_HELD,
                "First workshop day: exchange of good practice between the EU and Brazil",
                "2593"))
        .addEvidenceNotCredited(
            ev(REPLICABLE_PRACTICE_IDENTIFIED,
                "Training built for in-house reproduction at participants' workplaces", "2596"),
            ev(EU_MS_PRACTICE_ADAPTED,
                "A manual written from a European perspective adapted to the Brazilian context",
                "2594"))
        .build();
  }

  private static Action.Builder action(String title, Phase phase, int firstYear, int lastYear,
      ThematicArea area, Country... countries) {
    Action.Builder builder = Action.builder();
    builder.title(title)
        .phase(phase)
        .startDate(LocalDate.of(firstYear, 1, 1))
        .endDate(LocalDate.of(lastYear, 12, 31))
        .status(ActionStatus.CLOSED)
        .addThematicArea(area)
        .addPartnerCountries(countries);
    return builder;
  }

  private static CaseStudy.Builder study(int number, String title, String lines, Action action,
      GoodPracticeCharacteristic... credited) {
    CaseStudy.Builder builder = CaseStudy.builder();
    builder.number(number).title(title).source(SEED + ":" + lines).action(action)
        .addCredited(credited);
    return builder;
  }

  private static Evidence ev(EvidenceKind kind, String statement, String lines) {
    return Evidence.of(kind, statement, SEED + ":" + lines);
  }

  private static RequestingBody body(String name, String acronym, RequesterKind kind,
      Country country) {
    RequestingBody.Builder builder = RequestingBody.builder();
    builder.name(name).kind(kind).country(country);
    if (!acronym.isEmpty()) {
      builder.acronym(acronym);
    }
    return builder.build();
  }

  private static Activity activity(ActivityType type, String title, YearMonth from, YearMonth to,
      Country location) {
    return Activity.builder().type(type).title(title).startDate(from.atDay(1))
        .endDate(to.atEndOfMonth()).location(location).build();
  }

  private static FocalPoint focalPoint(String personId, String institution, String profile) {
    return FocalPoint.builder().personId(personId).institution(institution).profile(profile)
        .build();
  }

  private static Expert expert(String id, ExpertOrigin origin, ExpertProfile profile,
      Country nationality, String institution) {
    Expert.Builder builder = Expert.builder();
    builder.id(id).origin(origin).profile(profile).nationality(nationality);
    if (!institution.isEmpty()) {
      builder.institution(institution);
    }
    return builder.build();
  }
}
