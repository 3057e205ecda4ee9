package eu.mieux.model.theme;

import eu.mieux.model.Coded;

/**
 * A sub-topic of a thematic area: the training and exchange topics of 003 (10-year report p. 79-93, complete),
 * each under exactly one {@link ThematicArea} (RULES.md §5.2).
 *
 * <p>Choice (RULES.md §13 Q15): 001 counts unaccompanied minors and data management as horizontal
 * interventions (annual report 2018), while 003's table places the protection of unaccompanied migrant
 * children under international protection and asylum (10-year report p. 79-93). This enum follows 003's table, the
 * complete list: {@link #UNACCOMPANIED_MIGRANT_CHILDREN} is under asylum, the data topics are
 * horizontal. Smuggling of migrants sits with irregular migration and THB (T4). The M&amp;D entries
 * brain drain and mainstreaming come from 10-year report p. 53-64.
 */
public enum SubTopic implements Coded {

  // IRREGULAR_MIGRATION_AND_THB (10-year report p. 79-93)
  /** Anti-THB action plans. */
  ANTI_THB_ACTION_PLANS(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "anti-THB action plans"),
  /** Assistance to vulnerable victims of trafficking. */
  ASSISTANCE_TO_VULNERABLE_VICTIMS(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "assistance to vulnerable victims of trafficking"),
  /** Awareness campaigns against illegal recruitment and THB. */
  AWARENESS_CAMPAIGNS_ILLEGAL_RECRUITMENT_THB(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "awareness campaigns against illegal recruitment and THB"),
  /** Blue (maritime) border management. */
  BLUE_BORDER_MANAGEMENT(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "blue (maritime) border management"),
  /** Border-management policy. */
  BORDER_MANAGEMENT_POLICY(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "border-management policy"),
  /** Border procedures. */
  BORDER_PROCEDURES(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "border procedures"),
  /** Cooperation on criminal matters related to THB. */
  CRIMINAL_MATTERS_COOPERATION_THB(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "cooperation on criminal matters related to THB"),
  /** Detection, investigation and prosecution of migration-related crime. */
  MIGRATION_CRIME_INVESTIGATION_PROSECUTION(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "detection, investigation and prosecution of migration-related crime"),
  /** Document fraud and document security. */
  DOCUMENT_FRAUD_AND_SECURITY(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "document fraud and document security"),
  /** Anti-THB international standards and national good practice. */
  ANTI_THB_STANDARDS_AND_PRACTICE(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "anti-THB international standards and national good practice"),
  /** Frontline assistance to returning migrants. */
  FRONTLINE_ASSISTANCE_RETURNING_MIGRANTS(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "frontline assistance to returning migrants"),
  /** Gender-based approach to THB. */
  GENDER_BASED_APPROACH_THB(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "gender-based approach to THB"),
  /** Good practice in border and migration management. */
  BORDER_MIGRATION_MANAGEMENT_GOOD_PRACTICE(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "good practice in border and migration management"),
  /** Human-rights consequences of border and migration management. */
  HUMAN_RIGHTS_IN_BORDER_MANAGEMENT(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "human-rights consequences of border and migration management"),
  /** Identifying and treating victims' psychological trauma. */
  VICTIM_TRAUMA(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "identifying and treating victims' psychological trauma"),
  /** Integrated border management. */
  INTEGRATED_BORDER_MANAGEMENT(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "integrated border management"),
  /** Combating irregular migration. */
  COMBATING_IRREGULAR_MIGRATION(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "combating irregular migration"),
  /** Management of detention centres for irregular migrants. */
  DETENTION_CENTRE_MANAGEMENT(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "management of detention centres for irregular migrants"),
  /** M&amp;E of anti-THB actions. */
  ANTI_THB_MONITORING_EVALUATION(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "M&E of anti-THB actions"),
  /** M&amp;E of national and regional anti-THB action plans. */
  ANTI_THB_ACTION_PLAN_MONITORING(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "M&E of national and regional anti-THB action plans"),
  /** Passenger profiling, post-entry migration management and human rights. */
  PASSENGER_PROFILING_AND_POST_ENTRY(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "passenger profiling, post-entry migration management and human rights"),
  /** Referral of victims of trafficking. */
  REFERRAL_OF_VICTIMS(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "referral of victims of trafficking"),
  /** Reintegration of returning migrants. */
  REINTEGRATION_OF_RETURNING_MIGRANTS(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "reintegration of returning migrants"),
  /** Return and readmission. */
  RETURN_AND_READMISSION(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "return and readmission"),
  /** Smuggling of migrants. */
  SMUGGLING_OF_MIGRANTS(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "smuggling of migrants"),
  /** Trafficking in human beings. */
  TRAFFICKING_IN_HUMAN_BEINGS(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "trafficking in human beings"),
  /** THB awareness. */
  THB_AWARENESS(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "THB awareness"),
  /** Child trafficking. */
  CHILD_TRAFFICKING(ThematicArea.IRREGULAR_MIGRATION_AND_THB, "child trafficking"),

  // LEGAL_MIGRATION_AND_MOBILITY (10-year report p. 79-93)
  /** ROAME methodology (African operational directory of occupations and jobs). */
  ROAME_METHODOLOGY(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, "ROAME methodology (African operational directory of occupations and jobs)"),
  /** Awareness-campaign cycles in labour migration. */
  LABOUR_MIGRATION_AWARENESS_CAMPAIGNS(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, "awareness-campaign cycles in labour migration"),
  /** Governance of external labour migration. */
  EXTERNAL_LABOUR_MIGRATION_GOVERNANCE(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, "governance of external labour migration"),
  /** International labour-migration conventions. */
  LABOUR_MIGRATION_CONVENTIONS(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, "international labour-migration conventions"),
  /** Labour exploitation. */
  LABOUR_EXPLOITATION(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, "labour exploitation"),
  /** Labour migration. */
  LABOUR_MIGRATION(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, "labour migration"),
  /** Communication and information strategies on labour migration. */
  LABOUR_MIGRATION_COMMUNICATION(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, "communication and information strategies on labour migration"),
  /** Labour-migration policies. */
  LABOUR_MIGRATION_POLICIES(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, "labour-migration policies"),
  /** Negotiating bilateral and multilateral labour-migration agreements. */
  LABOUR_MIGRATION_AGREEMENTS(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, "negotiating bilateral and multilateral labour-migration agreements"),
  /** Protecting the rights of migrant workers and their families. */
  MIGRANT_WORKERS_RIGHTS(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, "protecting the rights of migrant workers and their families"),

  // MIGRATION_AND_DEVELOPMENT (10-year report p. 79-93, 10-year report p. 53-64)
  /** Diaspora communication. */
  DIASPORA_COMMUNICATION(ThematicArea.MIGRATION_AND_DEVELOPMENT, "diaspora communication"),
  /** Contribution of immigrant communities to the destination country. */
  IMMIGRANT_COMMUNITIES_CONTRIBUTION(ThematicArea.MIGRATION_AND_DEVELOPMENT, "contribution of immigrant communities to the destination country"),
  /** Diaspora capital. */
  DIASPORA_CAPITAL(ThematicArea.MIGRATION_AND_DEVELOPMENT, "diaspora capital"),
  /** Diaspora engagement. */
  DIASPORA_ENGAGEMENT(ThematicArea.MIGRATION_AND_DEVELOPMENT, "diaspora engagement"),
  /** Diaspora affairs. */
  DIASPORA_AFFAIRS(ThematicArea.MIGRATION_AND_DEVELOPMENT, "diaspora affairs"),
  /** Diaspora mapping. */
  DIASPORA_MAPPING(ThematicArea.MIGRATION_AND_DEVELOPMENT, "diaspora mapping"),
  /** Sustainable links with the diaspora. */
  DIASPORA_LINKS(ThematicArea.MIGRATION_AND_DEVELOPMENT, "sustainable links with the diaspora"),
  /** M&amp;D for consular and diplomatic staff. */
  MIGRATION_DEVELOPMENT_CONSULAR_STAFF(ThematicArea.MIGRATION_AND_DEVELOPMENT, "M&D for consular and diplomatic staff"),
  /** M&amp;D affairs. */
  MIGRATION_DEVELOPMENT_AFFAIRS(ThematicArea.MIGRATION_AND_DEVELOPMENT, "M&D affairs"),
  /** Mobilisation strategies. */
  MOBILISATION_STRATEGIES(ThematicArea.MIGRATION_AND_DEVELOPMENT, "mobilisation strategies"),
  /** Remittances for development. */
  REMITTANCES(ThematicArea.MIGRATION_AND_DEVELOPMENT, "remittances for development"),
  /** Strategic partnerships and the role of diasporas in post-crisis situations. */
  DIASPORA_POST_CRISIS_PARTNERSHIPS(ThematicArea.MIGRATION_AND_DEVELOPMENT, "strategic partnerships and the role of diasporas in post-crisis situations"),
  /** Brain drain. */
  BRAIN_DRAIN(ThematicArea.MIGRATION_AND_DEVELOPMENT, "brain drain"),
  /** Mainstreaming migration into development policy. */
  MAINSTREAMING_MIGRATION_IN_DEVELOPMENT(ThematicArea.MIGRATION_AND_DEVELOPMENT, "mainstreaming migration into development policy"),

  // INTERNATIONAL_PROTECTION_AND_ASYLUM (10-year report p. 79-93)
  /** Access to asylum procedures. */
  ACCESS_TO_ASYLUM_PROCEDURES(ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM, "access to asylum procedures"),
  /** Assistance to and protection of children in migration. */
  CHILDREN_IN_MIGRATION(ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM, "assistance to and protection of children in migration"),
  /** Best-interests-of-the-child assessment. */
  BEST_INTERESTS_OF_THE_CHILD(ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM, "best-interests-of-the-child assessment"),
  /** Country-of-origin information (COI). */
  COUNTRY_OF_ORIGIN_INFORMATION(ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM, "country-of-origin information (COI)"),
  /** Evidence assessment. */
  EVIDENCE_ASSESSMENT(ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM, "evidence assessment"),
  /** Exclusion from international protection. */
  EXCLUSION_FROM_PROTECTION(ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM, "exclusion from international protection"),
  /** Inclusion, for asylum caseworkers, especially for vulnerable persons. */
  INCLUSION_VULNERABLE_PERSONS(ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM, "inclusion, for asylum caseworkers, especially for vulnerable persons"),
  /** Interview techniques for (minor) applicants. */
  INTERVIEW_TECHNIQUES(ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM, "interview techniques for (minor) applicants"),
  /** Protection of and assistance to unaccompanied migrant children. */
  UNACCOMPANIED_MIGRANT_CHILDREN(ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM, "protection of and assistance to unaccompanied migrant children"),

  // HORIZONTAL_INTERVENTIONS (10-year report p. 79-93)
  /** Policy coherence. */
  POLICY_COHERENCE(ThematicArea.HORIZONTAL_INTERVENTIONS, "policy coherence"),
  /** Communication and communication techniques. */
  COMMUNICATION(ThematicArea.HORIZONTAL_INTERVENTIONS, "communication and communication techniques"),
  /** Cooperation on immigrant issues. */
  IMMIGRANT_ISSUES_COOPERATION(ThematicArea.HORIZONTAL_INTERVENTIONS, "cooperation on immigrant issues"),
  /** Frameworks and procedures for entry and stay of foreigners. */
  ENTRY_AND_STAY_FRAMEWORKS(ThematicArea.HORIZONTAL_INTERVENTIONS, "frameworks and procedures for entry and stay of foreigners"),
  /** Running a migration observatory and migration data management. */
  MIGRATION_OBSERVATORY_AND_DATA_MANAGEMENT(ThematicArea.HORIZONTAL_INTERVENTIONS, "running a migration observatory and migration data management"),
  /** GAMM. */
  GAMM(ThematicArea.HORIZONTAL_INTERVENTIONS, "GAMM"),
  /** Institution building and reform. */
  INSTITUTION_BUILDING(ThematicArea.HORIZONTAL_INTERVENTIONS, "institution building and reform"),
  /** Leadership and management. */
  LEADERSHIP_AND_MANAGEMENT(ThematicArea.HORIZONTAL_INTERVENTIONS, "leadership and management"),
  /** Harmonisation of laws. */
  HARMONISATION_OF_LAWS(ThematicArea.HORIZONTAL_INTERVENTIONS, "harmonisation of laws"),
  /** Integration strategies. */
  INTEGRATION_STRATEGIES(ThematicArea.HORIZONTAL_INTERVENTIONS, "integration strategies"),
  /** Migrant integration, including at local level. */
  MIGRANT_INTEGRATION(ThematicArea.HORIZONTAL_INTERVENTIONS, "migrant integration, including at local level"),
  /** Migration and vagrancy/homelessness. */
  MIGRATION_AND_VAGRANCY(ThematicArea.HORIZONTAL_INTERVENTIONS, "migration and vagrancy/homelessness"),
  /** Migration data collection and analysis. */
  DATA_COLLECTION_AND_ANALYSIS(ThematicArea.HORIZONTAL_INTERVENTIONS, "migration data collection and analysis"),
  /** Migration data collection and sharing. */
  DATA_COLLECTION_AND_SHARING(ThematicArea.HORIZONTAL_INTERVENTIONS, "migration data collection and sharing"),
  /** Migration data harmonisation and sharing. */
  DATA_HARMONISATION_AND_SHARING(ThematicArea.HORIZONTAL_INTERVENTIONS, "migration data harmonisation and sharing"),
  /** Migration governance and policy implementation. */
  MIGRATION_GOVERNANCE(ThematicArea.HORIZONTAL_INTERVENTIONS, "migration governance and policy implementation"),
  /** Migration indicators. */
  MIGRATION_INDICATORS(ThematicArea.HORIZONTAL_INTERVENTIONS, "migration indicators"),
  /** Migration management. */
  MIGRATION_MANAGEMENT(ThematicArea.HORIZONTAL_INTERVENTIONS, "migration management"),
  /** Migration policy and policy formulation. */
  MIGRATION_POLICY_FORMULATION(ThematicArea.HORIZONTAL_INTERVENTIONS, "migration policy and policy formulation"),
  /** Migration, climate change and environmental degradation, including at local level. */
  MIGRATION_AND_CLIMATE_CHANGE(ThematicArea.HORIZONTAL_INTERVENTIONS, "migration, climate change and environmental degradation, including at local level"),
  /** Modern migration-management systems and methods. */
  MIGRATION_MANAGEMENT_SYSTEMS(ThematicArea.HORIZONTAL_INTERVENTIONS, "modern migration-management systems and methods"),
  /** Censuses and population surveys. */
  CENSUSES_AND_SURVEYS(ThematicArea.HORIZONTAL_INTERVENTIONS, "censuses and population surveys"),
  /** Project identification, design, M&amp;E. */
  PROJECT_CYCLE_MANAGEMENT(ThematicArea.HORIZONTAL_INTERVENTIONS, "project identification, design, M&E"),
  /** Quality management in capacity building. */
  QUALITY_MANAGEMENT(ThematicArea.HORIZONTAL_INTERVENTIONS, "quality management in capacity building"),
  /** Design of training programmes. */
  TRAINING_DESIGN(ThematicArea.HORIZONTAL_INTERVENTIONS, "design of training programmes");

  private final ThematicArea area;
  private final String label;

  SubTopic(ThematicArea area, String label) {
    this.area = area;
    this.label = label;
  }

  /**
   * Gets the thematic area this sub-topic belongs to.
   *
   * @return the one area of this sub-topic
   */
  public ThematicArea area() {
    return area;
  }

  /**
   * Gets the English label of the sub-topic, as translated from 003's table.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
