package eu.mieux.rules.register;

import static eu.mieux.model.action.DeliverableType.BROCHURE;
import static eu.mieux.model.action.DeliverableType.GUIDELINES_OR_PROTOCOL;
import static eu.mieux.model.action.DeliverableType.GUIDE_OR_MANUAL;
import static eu.mieux.model.action.DeliverableType.POLICY_OR_STRATEGY;
import static eu.mieux.model.action.DeliverableType.QUESTIONNAIRE;
import static eu.mieux.model.action.DeliverableType.REPORT;
import static eu.mieux.model.action.DeliverableType.STANDARD_OPERATING_PROCEDURES;
import static eu.mieux.model.theme.ThematicArea.HORIZONTAL_INTERVENTIONS;
import static eu.mieux.model.theme.ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM;
import static eu.mieux.model.theme.ThematicArea.IRREGULAR_MIGRATION_AND_THB;
import static eu.mieux.model.theme.ThematicArea.LEGAL_MIGRATION_AND_MOBILITY;
import static eu.mieux.model.theme.ThematicArea.MIGRATION_AND_DEVELOPMENT;

import com.google.common.collect.ImmutableMap;
import eu.mieux.model.action.Action;
import eu.mieux.model.ActionCode;
import eu.mieux.model.action.Deliverable;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Region;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.register.RegisterEntryKind;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.scoring.CaseStudies;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The data of {@link KnowledgeRegister#standard()}; see there for how it was built. */
final class StandardRegister {

  private static final String S000 = "000_4df267fc7331918d.txt:";
  private static final String S001 = "001_7b772109f36aa110.txt:";
  private static final String S002 = "002_ce0abda7b546b418.txt:";
  private static final String S003 = "003_c3246053945df94a.txt:";
  private static final String S004 = "004_80f7c58644edd7a2.txt:";

  private static final Map<Country, Region> REGIONS = ImmutableMap.<Country, Region>builder()
      // Central, East and Southern Africa (001:986 for 2018) and geography
      .put(Country.KE, Region.AFRICA_CENTRAL_EAST_SOUTHERN)
      .put(Country.MG, Region.AFRICA_CENTRAL_EAST_SOUTHERN)
      .put(Country.MW, Region.AFRICA_CENTRAL_EAST_SOUTHERN)
      .put(Country.MU, Region.AFRICA_CENTRAL_EAST_SOUTHERN)
      .put(Country.ZM, Region.AFRICA_CENTRAL_EAST_SOUTHERN)
      // West Africa (001:1138 for 2018) and geography
      .put(Country.BJ, Region.AFRICA_WEST).put(Country.CV, Region.AFRICA_WEST)
      .put(Country.GW, Region.AFRICA_WEST).put(Country.GH, Region.AFRICA_WEST)
      .put(Country.ML, Region.AFRICA_WEST).put(Country.NE, Region.AFRICA_WEST)
      .put(Country.TG, Region.AFRICA_WEST).put(Country.SL, Region.AFRICA_WEST)
      .put(Country.CI, Region.AFRICA_WEST)
      // Asia (001:1286 for 2018) and geography
      .put(Country.TH, Region.ASIA).put(Country.TL, Region.ASIA).put(Country.PH, Region.ASIA)
      .put(Country.ID, Region.ASIA).put(Country.VN, Region.ASIA).put(Country.LA, Region.ASIA)
      .put(Country.KG, Region.ASIA)
      // European Neighbourhood (001:1422 for 2018)
      .put(Country.BY, Region.EU_NEIGHBOURHOOD).put(Country.JO, Region.EU_NEIGHBOURHOOD)
      .put(Country.MD, Region.EU_NEIGHBOURHOOD)
      // Latin America and the Caribbean (001:1570 for 2018) and geography
      .put(Country.CR, Region.LATIN_AMERICA_CARIBBEAN).put(Country.MX, Region.LATIN_AMERICA_CARIBBEAN)
      .put(Country.PE, Region.LATIN_AMERICA_CARIBBEAN).put(Country.BR, Region.LATIN_AMERICA_CARIBBEAN)
      .put(Country.EC, Region.LATIN_AMERICA_CARIBBEAN)
      .buildOrThrow();

  private static final Map<Integer, List<SubTopic>> CASE_STUDY_TOPICS = ImmutableMap.<Integer, List<SubTopic>>builder()
      .put(1, List.of(SubTopic.TRAFFICKING_IN_HUMAN_BEINGS, SubTopic.ASSISTANCE_TO_VULNERABLE_VICTIMS,
          SubTopic.VICTIM_TRAUMA))
      .put(2, List.of(SubTopic.SMUGGLING_OF_MIGRANTS))
      .put(3, List.of(SubTopic.AWARENESS_CAMPAIGNS_ILLEGAL_RECRUITMENT_THB))
      .put(4, List.of(SubTopic.MIGRATION_DEVELOPMENT_AFFAIRS))
      .put(5, List.of(SubTopic.MIGRATION_AND_CLIMATE_CHANGE))
      .put(6, List.of(SubTopic.MIGRANT_WORKERS_RIGHTS, SubTopic.LABOUR_MIGRATION))
      .put(7, List.of(SubTopic.MIGRANT_INTEGRATION, SubTopic.INTEGRATION_STRATEGIES))
      .put(8, List.of(SubTopic.MIGRANT_INTEGRATION))
      .put(9, List.of(SubTopic.DATA_HARMONISATION_AND_SHARING))
      .put(10, List.of(SubTopic.MIGRATION_OBSERVATORY_AND_DATA_MANAGEMENT))
      .put(11, List.of(SubTopic.INTERVIEW_TECHNIQUES, SubTopic.EVIDENCE_ASSESSMENT,
          SubTopic.EXCLUSION_FROM_PROTECTION))
      .put(12, List.of(SubTopic.REFERRAL_OF_VICTIMS, SubTopic.ASSISTANCE_TO_VULNERABLE_VICTIMS))
      .put(13, List.of(SubTopic.MIGRATION_DEVELOPMENT_AFFAIRS,
          SubTopic.MAINSTREAMING_MIGRATION_IN_DEVELOPMENT))
      .put(14, List.of(SubTopic.DIASPORA_ENGAGEMENT))
      .put(15, List.of(SubTopic.DIASPORA_ENGAGEMENT))
      .put(16, List.of(SubTopic.INTERVIEW_TECHNIQUES, SubTopic.CHILDREN_IN_MIGRATION))
      .buildOrThrow();

  private static final Map<Integer, String> CASE_STUDY_SLUGS = ImmutableMap.<Integer, String>builder()
      .put(1, "146-thailand-trafficking-in-human-beings")
      .put(2, "185-peru-iii")
      .put(3, "145-philippines-trafficking-in-human-beings-i")
      .put(4, "149-southeast-asia-migration-and-development-human-rights-legal-migration")
      .put(5, "194-west-africa-consultations-on-migration-and-the-environment")
      .put(6, "106-belarus-labour-migration")
      .put(7, "172-costa-rica-ii-integration-issues")
      .put(8, "183-cabo-verde-legal-migration-and-mobility-integration-issues-migration-at-local-level")
      .put(9, "126-comesa-data-management-migration-legislation-irregular-migration-trafficking-in-human-beings")
      .put(10, "182-kenya-data-management")
      .put(16, "208-brazil-ii-techniques-for-interviewing-children-in-migration")
      .buildOrThrow();

  private StandardRegister() {}

  static List<RegisterEntry> entries() {
    List<RegisterEntry> entries = new ArrayList<>();
    CaseStudies.all().forEach(study -> entries.add(caseStudy(study)));
    entries.addAll(actions());
    return List.copyOf(entries);
  }

  private static RegisterEntry caseStudy(CaseStudy study) {
    Action action = study.action();
    List<SubTopic> topics = CASE_STUDY_TOPICS.get(study.number());
    Set<ThematicArea> areas = new LinkedHashSet<>(action.thematicAreas());
    topics.forEach(t -> areas.add(t.area()));
    RegisterEntry.Builder entry = RegisterEntry.builder().kind(RegisterEntryKind.CASE_STUDY)
        .title(study.title()).caseStudyNumber(study.number())
        .code(action.code())
        .addAllCountries(action.partnerCountries())
        .addAllRegions(regions(action.partnerCountries()))
        .firstYear(Year.from(action.startDate()))
        .addAllThematicAreas(areas).addAllSubTopics(topics)
        .addAllCharacteristics(study.credited())
        .addAllDeliverableTypes(action.deliverables().stream().map(Deliverable::type).distinct()
            .toList())
        .addCitation(LegalBasis.ofCitation("Case study " + study.number() + " of 003: "
            + study.title(), study.source()));
    action.endDate().ifPresent(end -> entry.lastYear(Year.from(end)));
    if (CASE_STUDY_SLUGS.containsKey(study.number())) {
      entry.addUrlSlug(CASE_STUDY_SLUGS.get(study.number()));
    }
    return entry.build();
  }

  private static List<Region> regions(List<Country> countries) {
    return countries.stream().map(REGIONS::get).distinct().toList();
  }

  private static List<RegisterEntry> actions() {
    return List.of(
        action("Philippines: trafficking in human beings (I)", "", 2010, 2012,
            S000 + "67, " + S000 + "35, " + S000 + "45")
            .addUrlSlug("145-philippines-trafficking-in-human-beings-i").addCountry(Country.PH)
            .addThematicArea(IRREGULAR_MIGRATION_AND_THB)
            .addSubTopics(SubTopic.AWARENESS_CAMPAIGNS_ILLEGAL_RECRUITMENT_THB,
                SubTopic.TRAFFICKING_IN_HUMAN_BEINGS)
            .addDeliverableType(REPORT).build(),
        action("Thailand: trafficking in human beings (I and II)", "", 2013, 2018,
            S004 + "67, " + S004 + "36")
            .addUrlSlug("146-thailand-trafficking-in-human-beings").addCountry(Country.TH)
            .addThematicArea(IRREGULAR_MIGRATION_AND_THB)
            .addSubTopics(SubTopic.TRAFFICKING_IN_HUMAN_BEINGS,
                SubTopic.ASSISTANCE_TO_VULNERABLE_VICTIMS)
            .addDeliverableType(BROCHURE).build(),
        action("South-East Asia: migration and development, human rights, legal migration", "",
            2012, 2013, S002 + "67-68, " + S002 + "36")
            .addUrlSlug("149-southeast-asia-migration-and-development-human-rights-legal-migration")
            .addCountries(Country.ID, Country.PH, Country.VN)
            .addThematicArea(MIGRATION_AND_DEVELOPMENT)
            .addSubTopic(SubTopic.MIGRATION_DEVELOPMENT_AFFAIRS).build(),
        action("Sierra Leone: border management, document security, migration policy", "2012-01",
            0, 2017, S003 + "1321, " + S003 + "1315")
            .addUrlSlug("170-sierra-leone-border-management-document-security-migration-policy-development")
            .addCountry(Country.SL)
            .addThematicAreas(IRREGULAR_MIGRATION_AND_THB, HORIZONTAL_INTERVENTIONS)
            .addSubTopics(SubTopic.BORDER_MANAGEMENT_POLICY, SubTopic.DOCUMENT_FRAUD_AND_SECURITY,
                SubTopic.MIGRATION_POLICY_FORMULATION)
            .addDeliverableType(POLICY_OR_STRATEGY).build(),
        action("Mauritius: APEI labour migration, cited for the 2017 M&D policy [ambiguous]",
            "2012-02", 0, 2017, S003 + "1183, " + S003 + "1344")
            .addUrlSlug("167-mauritius-accelerated-partnership-for-economic-integration-apei-labour-migration")
            .addCountry(Country.MU)
            .addThematicAreas(LEGAL_MIGRATION_AND_MOBILITY, MIGRATION_AND_DEVELOPMENT)
            .addSubTopics(SubTopic.LABOUR_MIGRATION, SubTopic.MIGRATION_DEVELOPMENT_AFFAIRS)
            .addDeliverableType(POLICY_OR_STRATEGY).build(),
        action("COMESA: data management, migration legislation, irregular migration, THB",
            "2012-06", 2012, 2016, S003 + "1458, " + S003 + "2148")
            .addUrlSlug("126-comesa-data-management-migration-legislation-irregular-migration-trafficking-in-human-beings")
            .addRegion(Region.AFRICA_CENTRAL_EAST_SOUTHERN)
            .addThematicAreas(HORIZONTAL_INTERVENTIONS, IRREGULAR_MIGRATION_AND_THB)
            .addSubTopics(SubTopic.DATA_HARMONISATION_AND_SHARING,
                SubTopic.TRAFFICKING_IN_HUMAN_BEINGS)
            .addDeliverableType(QUESTIONNAIRE).build(),
        action("Togo II: migration and development", "2012-16", 2012, 2017,
            S003 + "1947, " + S003 + "1390, " + S003 + "1398")
            .addUrlSlug("122-togo-migration-and-development").addCountry(Country.TG)
            .addThematicArea(MIGRATION_AND_DEVELOPMENT)
            .addSubTopic(SubTopic.MIGRATION_DEVELOPMENT_AFFAIRS)
            .addDeliverableType(POLICY_OR_STRATEGY).build(),
        action("Malawi: migration policy development", "2013-04", 0, 0, S001 + "979")
            .addUrlSlug("164-malawi-migration-policy-development").addCountry(Country.MW)
            .addThematicArea(HORIZONTAL_INTERVENTIONS)
            .addSubTopic(SubTopic.MIGRATION_POLICY_FORMULATION)
            .addDeliverableType(POLICY_OR_STRATEGY).build(),
        action("Lao PDR: labour migration data management", "2013-10", 0, 0, S003 + "1187")
            .addUrlSlug("140-laos-labour-migration-data-management").addCountry(Country.LA)
            .addThematicAreas(LEGAL_MIGRATION_AND_MOBILITY, HORIZONTAL_INTERVENTIONS)
            .addSubTopics(SubTopic.LABOUR_MIGRATION, SubTopic.DATA_COLLECTION_AND_ANALYSIS).build(),
        action("Mali: labour migration management", "2014-05", 0, 2018,
            S001 + "1063, " + S001 + "1038-1041")
            .addUrlSlug("166-mali-labour-management").addCountry(Country.ML)
            .addThematicArea(LEGAL_MIGRATION_AND_MOBILITY).addSubTopic(SubTopic.LABOUR_MIGRATION)
            .addDeliverableType(GUIDE_OR_MANUAL).build(),
        action("Kyrgyzstan: migration policy development", "2014-07", 2014, 2016,
            S003 + "1319, " + S003 + "1313")
            .addUrlSlug("143-kyrgyzstan-migration-policy-development").addCountry(Country.KG)
            .addThematicArea(HORIZONTAL_INTERVENTIONS)
            .addSubTopic(SubTopic.MIGRATION_POLICY_FORMULATION)
            .addDeliverableType(POLICY_OR_STRATEGY).build(),
        action("West Africa: consultations on migration and the environment", "2014-10", 2014,
            2018, S001 + "1131, " + S003 + "1400, " + S003 + "1883")
            .addUrlSlug("194-west-africa-consultations-on-migration-and-the-environment")
            .addCountries(Country.BJ, Country.GW, Country.TG)
            .addThematicArea(HORIZONTAL_INTERVENTIONS)
            .addSubTopic(SubTopic.MIGRATION_AND_CLIMATE_CHANGE).addDeliverableType(REPORT).build(),
        action("Niger II: irregular migration", "2015-07", 2015, 2016,
            S003 + "1340, " + S003 + "1329")
            .addUrlSlug("95-niger-irregular-migration").addCountry(Country.NE)
            .addThematicArea(IRREGULAR_MIGRATION_AND_THB)
            .addSubTopic(SubTopic.COMBATING_IRREGULAR_MIGRATION)
            .addDeliverableType(POLICY_OR_STRATEGY).build(),
        action("Timor-Leste: trafficking in human beings", "2015-13", 0, 2018,
            S001 + "1279, " + S001 + "1207")
            .addUrlSlug("148-timor-leste-trafficking-in-human-beings").addCountry(Country.TL)
            .addThematicArea(IRREGULAR_MIGRATION_AND_THB)
            .addSubTopics(SubTopic.TRAFFICKING_IN_HUMAN_BEINGS,
                SubTopic.MIGRATION_CRIME_INVESTIGATION_PROSECUTION)
            .addDeliverableTypes(GUIDE_OR_MANUAL, BROCHURE).build(),
        action("Mexico: unaccompanied minors; international protection, asylum and integration"
                + " (two URLs for one code) [ambiguous]", "2016-01", 2016, 2018,
            S003 + "1209, " + S003 + "1420, " + S003 + "798")
            .addUrlSlugs("93-mexico-unaccompanied-minors",
                "173-mexico-international-protection-and-asylum-policy-integration-issues")
            .addCountry(Country.MX)
            .addThematicAreas(INTERNATIONAL_PROTECTION_AND_ASYLUM, HORIZONTAL_INTERVENTIONS)
            .addSubTopics(SubTopic.UNACCOMPANIED_MIGRANT_CHILDREN, SubTopic.MIGRANT_INTEGRATION)
            .addDeliverableType(GUIDE_OR_MANUAL).build(),
        action("Belarus: labour migration", "2016-02", 2016, 2018, S001 + "1381, " + S003 + "1959")
            .addUrlSlug("106-belarus-labour-migration").addCountry(Country.BY)
            .addThematicArea(LEGAL_MIGRATION_AND_MOBILITY)
            .addSubTopics(SubTopic.LABOUR_MIGRATION, SubTopic.MIGRANT_WORKERS_RIGHTS)
            .addDeliverableType(REPORT).build(),
        action("Costa Rica II: integration issues", "2016-07", 2017, 2017,
            S003 + "1362, " + S003 + "2022")
            .addUrlSlug("172-costa-rica-ii-integration-issues").addCountry(Country.CR)
            .addThematicArea(HORIZONTAL_INTERVENTIONS)
            .addSubTopics(SubTopic.MIGRANT_INTEGRATION, SubTopic.INTEGRATION_STRATEGIES)
            .addDeliverableType(POLICY_OR_STRATEGY).build(),
        action("Moldova: communication on irregular migration", "2016-09", 0, 2018,
            S001 + "1414, " + S001 + "1386")
            .addUrlSlug("176-moldova-communication-irregular-migration").addCountry(Country.MD)
            .addThematicAreas(IRREGULAR_MIGRATION_AND_THB, HORIZONTAL_INTERVENTIONS)
            .addSubTopics(SubTopic.COMBATING_IRREGULAR_MIGRATION, SubTopic.COMMUNICATION)
            .addDeliverableType(GUIDELINES_OR_PROTOCOL).build(),
        action("Niger: migration and youth", "2016-12", 0, 0, S001 + "1130")
            .addUrlSlug("180-niger-migration-and-youth").addCountry(Country.NE)
            .addThematicArea(IRREGULAR_MIGRATION_AND_THB)
            .addSubTopic(SubTopic.COMBATING_IRREGULAR_MIGRATION)
            .addDeliverableTypes(GUIDE_OR_MANUAL, BROCHURE).build(),
        action("Cabo Verde IV: legal migration and mobility, integration, migration at local level",
            "2016-15", 2017, 2019, S003 + "1364, " + S003 + "1396")
            .addUrlSlug("183-cabo-verde-legal-migration-and-mobility-integration-issues-migration-at-local-level")
            .addCountry(Country.CV)
            .addThematicAreas(LEGAL_MIGRATION_AND_MOBILITY, HORIZONTAL_INTERVENTIONS)
            .addSubTopic(SubTopic.MIGRANT_INTEGRATION).addDeliverableType(POLICY_OR_STRATEGY)
            .build(),
        action("Kenya II: data management", "2016-16", 2017, 2019, S001 + "978, " + S003 + "2196")
            .addUrlSlug("182-kenya-data-management").addCountry(Country.KE)
            .addThematicArea(HORIZONTAL_INTERVENTIONS)
            .addSubTopic(SubTopic.MIGRATION_OBSERVATORY_AND_DATA_MANAGEMENT)
            .addDeliverableType(STANDARD_OPERATING_PROCEDURES).build(),
        action("Peru III: smuggling of migrants and THB (001 gives code 2017-04) [ambiguous]",
            "2016-18", 2017, 2018, S003 + "1384, " + S001 + "1562, " + S003 + "1706")
            .addUrlSlug("185-peru-iii").addCountry(Country.PE)
            .addThematicArea(IRREGULAR_MIGRATION_AND_THB)
            .addSubTopics(SubTopic.SMUGGLING_OF_MIGRANTS, SubTopic.TRAFFICKING_IN_HUMAN_BEINGS)
            .addDeliverableType(GUIDELINES_OR_PROTOCOL).build(),
        action("Costa Rica III: smuggling of migrants and trafficking in human beings", "2017-05",
            0, 2018, S001 + "1524, " + S001 + "1484-1510")
            .addUrlSlug("190-costa-rica-iii-smuggling-of-migrants-and-trafficking-in-human-beings")
            .addCountry(Country.CR).addThematicArea(IRREGULAR_MIGRATION_AND_THB)
            .addSubTopics(SubTopic.SMUGGLING_OF_MIGRANTS, SubTopic.TRAFFICKING_IN_HUMAN_BEINGS,
                SubTopic.ASSISTANCE_TO_VULNERABLE_VICTIMS)
            .addDeliverableType(GUIDELINES_OR_PROTOCOL).build(),
        action("Brazil II: techniques for interviewing children in migration", "2018-02", 2019,
            2020, S003 + "1454, " + S003 + "2549")
            .addUrlSlug("208-brazil-ii-techniques-for-interviewing-children-in-migration")
            .addCountry(Country.BR).addThematicArea(INTERNATIONAL_PROTECTION_AND_ASYLUM)
            .addSubTopics(SubTopic.INTERVIEW_TECHNIQUES, SubTopic.CHILDREN_IN_MIGRATION)
            .addDeliverableType(GUIDE_OR_MANUAL).build(),
        action("Ghana IV: finalisation of the diaspora engagement policy", "2019-01", 2019, 2020,
            S003 + "1360, " + S003 + "1348")
            .addUrlSlug("199-ghana-iv-finalisation-of-diaspora-engagement-policy")
            .addCountry(Country.GH).addThematicArea(MIGRATION_AND_DEVELOPMENT)
            .addSubTopic(SubTopic.DIASPORA_ENGAGEMENT).addDeliverableType(POLICY_OR_STRATEGY)
            .build(),
        action("Ecuador III: support to Ecuador's 2019 GFMD chairmanship", "2019-04", 2019, 2019,
            S003 + "1422, " + S003 + "1418")
            .addUrlSlug("202-ecuador-iii-support-to-the-ecuador-gfmd-2019-chairmanship")
            .addCountry(Country.EC).addThematicArea(HORIZONTAL_INTERVENTIONS)
            .addSubTopic(SubTopic.MIGRATION_GOVERNANCE).build(),
        action("Cabo Verde I: policy development", "", 2009, 2012, S003 + "1189, " + S003 + "2103")
            .addUrlSlug("155-cabo-verde-policy-development").addCountry(Country.CV)
            .addThematicArea(HORIZONTAL_INTERVENTIONS)
            .addSubTopic(SubTopic.MIGRATION_POLICY_FORMULATION)
            .addDeliverableType(POLICY_OR_STRATEGY).build(),
        action("Côte d'Ivoire I: trafficking in human beings", "", 0, 2015,
            S003 + "1342, " + S003 + "1331")
            .addUrlSlug("112-cote-d-ivoire-trafficking-in-human-beings").addCountry(Country.CI)
            .addThematicArea(IRREGULAR_MIGRATION_AND_THB)
            .addSubTopic(SubTopic.TRAFFICKING_IN_HUMAN_BEINGS)
            .addDeliverableType(POLICY_OR_STRATEGY).build())
        .stream().map(StandardRegister::withRegions).toList();
  }

  /** Starts an Action entry; an empty code or a year of 0 means the texts do not give it. */
  private static RegisterEntry.Builder action(String title, String code, int firstYear,
      int lastYear, String source) {
    RegisterEntry.Builder entry = RegisterEntry.builder().kind(RegisterEntryKind.ACTION)
        .title(title)
        .addCitation(LegalBasis.ofCitation("RULES.md §12: " + title, source));
    if (!code.isEmpty()) {
      entry.code(ActionCode.parse(code));
    }
    if (firstYear != 0) {
      entry.firstYear(Year.of(firstYear));
    }
    if (lastYear != 0) {
      entry.lastYear(Year.of(lastYear));
    }
    return entry;
  }

  private static RegisterEntry withRegions(RegisterEntry entry) {
    if (!entry.regions().isEmpty()) {
      return entry;
    }
    return RegisterEntry.builder().from(entry).addAllRegions(regions(entry.countries())).build();
  }

}
