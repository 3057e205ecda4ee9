package eu.mieux.rules.theme;

import com.google.common.collect.ImmutableSet;
import eu.mieux.model.theme.CrsPurposeCode;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Classifies MIEUX themes under OECD DAC CRS purpose codes, for aid-reporting systems.
 *
 * <p>Choice: this mapping is a modelling choice of this library; the MIEUX texts name no CRS code.
 * Every thematic area and sub-topic maps to 15190 ({@link CrsPurposeCode#MIGRATION}), whose CRS
 * description covers migration governance, irregular migration, smuggling and trafficking, asylum,
 * diaspora and remittances, return and reintegration. A few sub-topics add a secondary code:
 * the data topics 15196, human-rights and victim-protection topics 15160, the gender-based approach
 * to trafficking 15180, labour exploitation and migrant workers' rights 16070, institution building
 * and leadership 15110. Note that 15190 exists in the CRS only from 2018 reporting; earlier reports
 * used other codes, which this mapping does not reproduce.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CrsClassification {

  private static final Map<SubTopic, ImmutableSet<CrsPurposeCode>> SECONDARY = secondary();

  /** Creates the classification; it has no setting. */
  public CrsClassification() {}

  /**
   * Gets the CRS purpose codes of a sub-topic, the primary code first.
   *
   * @param topic  the sub-topic, not null
   * @return 15190 and any secondary code
   */
  public Set<CrsPurposeCode> codesFor(SubTopic topic) {
    Objects.requireNonNull(topic, "topic");
    return SECONDARY.getOrDefault(topic, ImmutableSet.of(CrsPurposeCode.MIGRATION));
  }

  /**
   * Gets the CRS purpose code of a thematic area.
   *
   * @param area  the thematic area, not null
   * @return the primary code, 15190, for every area
   */
  public CrsPurposeCode primaryCodeFor(ThematicArea area) {
    Objects.requireNonNull(area, "area");
    return CrsPurposeCode.MIGRATION;
  }

  private static Map<SubTopic, ImmutableSet<CrsPurposeCode>> secondary() {
    Map<SubTopic, ImmutableSet<CrsPurposeCode>> map = new EnumMap<>(SubTopic.class);
    for (SubTopic topic : new SubTopic[] {SubTopic.MIGRATION_OBSERVATORY_AND_DATA_MANAGEMENT,
        SubTopic.DATA_COLLECTION_AND_ANALYSIS, SubTopic.DATA_COLLECTION_AND_SHARING,
        SubTopic.DATA_HARMONISATION_AND_SHARING, SubTopic.MIGRATION_INDICATORS,
        SubTopic.CENSUSES_AND_SURVEYS}) {
      map.put(topic, ImmutableSet.of(CrsPurposeCode.MIGRATION, CrsPurposeCode.STATISTICS_AND_DATA));
    }
    for (SubTopic topic : new SubTopic[] {SubTopic.HUMAN_RIGHTS_IN_BORDER_MANAGEMENT,
        SubTopic.ASSISTANCE_TO_VULNERABLE_VICTIMS, SubTopic.REFERRAL_OF_VICTIMS, SubTopic.VICTIM_TRAUMA,
        SubTopic.PASSENGER_PROFILING_AND_POST_ENTRY}) {
      map.put(topic, ImmutableSet.of(CrsPurposeCode.MIGRATION, CrsPurposeCode.HUMAN_RIGHTS));
    }
    map.put(SubTopic.GENDER_BASED_APPROACH_THB,
        ImmutableSet.of(CrsPurposeCode.MIGRATION, CrsPurposeCode.ENDING_VIOLENCE_AGAINST_WOMEN));
    map.put(SubTopic.LABOUR_EXPLOITATION, ImmutableSet.of(CrsPurposeCode.MIGRATION, CrsPurposeCode.LABOUR_RIGHTS));
    map.put(SubTopic.MIGRANT_WORKERS_RIGHTS, ImmutableSet.of(CrsPurposeCode.MIGRATION, CrsPurposeCode.LABOUR_RIGHTS));
    map.put(SubTopic.INSTITUTION_BUILDING, ImmutableSet.of(CrsPurposeCode.MIGRATION, CrsPurposeCode.PUBLIC_SECTOR_POLICY));
    map.put(SubTopic.LEADERSHIP_AND_MANAGEMENT,
        ImmutableSet.of(CrsPurposeCode.MIGRATION, CrsPurposeCode.PUBLIC_SECTOR_POLICY));
    return map;
  }
}
