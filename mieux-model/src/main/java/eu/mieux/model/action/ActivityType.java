package eu.mieux.model.action;

import eu.mieux.model.Coded;

/**
 * The type of an Activity: the eight types of the glossary (001:56-62) and every further type the
 * 2018 statistics and the case studies name (RULES.md §2.1).
 */
public enum ActivityType implements Coded {
  /** Assessment and preparation session (001:57-58). */
  ASSESSMENT_AND_PREPARATION_SESSION,
  /** Fact-finding mission; most Actions start with one (001:58-59; A1). */
  FACT_FINDING_MISSION,
  /** Thematic briefing (001:59). */
  THEMATIC_BRIEFING,
  /** Meeting with the competent authorities (001:59-60). */
  MEETING_WITH_AUTHORITIES,
  /** Presentation, mainly policy-oriented (001:60-61). */
  PRESENTATION,
  /** Remote support (001:61). */
  REMOTE_SUPPORT,
  /** Study visit (001:61). */
  STUDY_VISIT,
  /** Workshop on various topics (001:62). */
  WORKSHOP,
  /** Knowledge-exchange workshop (001:991). */
  KNOWLEDGE_EXCHANGE_WORKSHOP,
  /** Drafting session (001:993, 003:2219). */
  DRAFTING_SESSION,
  /** Regional policy consultation (001:995, 003:1907). */
  REGIONAL_POLICY_CONSULTATION,
  /** Training of trainers or cascade training (001:1145, 003:817-820). */
  TRAINING_OF_TRAINERS,
  /** Training session, face to face, basic or advanced modules (003:1475, 003:2281). */
  TRAINING_SESSION,
  /** Training by videoconference (003:2283, 003:2303). */
  VIDEOCONFERENCE_TRAINING,
  /** Knowledge-exchange seminar (003:1475). */
  KNOWLEDGE_EXCHANGE_SEMINAR,
  /** Regional conference (002:89). */
  REGIONAL_CONFERENCE,
  /** Round table (002:38). */
  ROUND_TABLE,
  /** International conference (003:1735). */
  INTERNATIONAL_CONFERENCE,
  /** Formulation or reflection session (003:1735, 003:2454). */
  FORMULATION_SESSION,
  /** Validation workshop (003:1333). */
  VALIDATION_WORKSHOP,
  /** National conference (003:1334). */
  NATIONAL_CONFERENCE,
  /** Capacity-building information session (003:1909). */
  INFORMATION_SESSION,
  /** National consultation (003:1910). */
  NATIONAL_CONSULTATION,
  /** Bilateral consultation (003:2406). */
  BILATERAL_CONSULTATION,
  /** Regional consultation (003:2406). */
  REGIONAL_CONSULTATION,
  /** Needs assessment or service mapping (003:1741, 003:2341). */
  NEEDS_ASSESSMENT,
  /** Online survey (003:1741). */
  ONLINE_SURVEY,
  /** Online consultation, for example of the diaspora (003:826, 003:2533). */
  ONLINE_CONSULTATION,
  /** Support to ministerial or technical meetings (003:2158). */
  MEETING_SUPPORT,
  /** Closing event (003:2523). */
  CLOSING_EVENT,
  /** Restitution and capitalisation workshop (003:1907). */
  RESTITUTION_WORKSHOP
}
