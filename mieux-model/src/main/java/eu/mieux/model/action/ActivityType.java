package eu.mieux.model.action;

import eu.mieux.model.Coded;

/**
 * The type of an Activity: the eight types of the glossary (annual report 2018) and every further type the
 * 2018 statistics and the case studies name (RULES.md §2.1).
 */
public enum ActivityType implements Coded {
  /** Assessment and preparation session (annual report 2018). */
  ASSESSMENT_AND_PREPARATION_SESSION,
  /** Fact-finding mission; most Actions start with one (annual report 2018; A1). */
  FACT_FINDING_MISSION,
  /** Thematic briefing (annual report 2018). */
  THEMATIC_BRIEFING,
  /** Meeting with the competent authorities (annual report 2018). */
  MEETING_WITH_AUTHORITIES,
  /** Presentation, mainly policy-oriented (annual report 2018). */
  PRESENTATION,
  /** Remote support (annual report 2018). */
  REMOTE_SUPPORT,
  /** Study visit (annual report 2018). */
  STUDY_VISIT,
  /** Workshop on various topics (annual report 2018). */
  WORKSHOP,
  /** Knowledge-exchange workshop (annual report 2018). */
  KNOWLEDGE_EXCHANGE_WORKSHOP,
  /** Drafting session (annual report 2018, 10-year report p. 137-140). */
  DRAFTING_SESSION,
  /** Regional policy consultation (annual report 2018, 10-year report p. 113-118). */
  REGIONAL_POLICY_CONSULTATION,
  /** Training of trainers or cascade training (annual report 2018, 10-year report p. 39-48). */
  TRAINING_OF_TRAINERS,
  /** Training session, face to face, basic or advanced modules (10-year report p. 79-93, 10-year report p. 141-144). */
  TRAINING_SESSION,
  /** Training by videoconference (10-year report p. 141-144). */
  VIDEOCONFERENCE_TRAINING,
  /** Knowledge-exchange seminar (10-year report p. 79-93). */
  KNOWLEDGE_EXCHANGE_SEMINAR,
  /** Regional conference (10-year report p. 109-112). */
  REGIONAL_CONFERENCE,
  /** Round table (10-year report p. 109-112). */
  ROUND_TABLE,
  /** International conference (10-year report p. 101-104). */
  INTERNATIONAL_CONFERENCE,
  /** Formulation or reflection session (10-year report p. 101-104, 10-year report p. 155-158). */
  FORMULATION_SESSION,
  /** Validation workshop (10-year report p. 79-93). */
  VALIDATION_WORKSHOP,
  /** National conference (10-year report p. 79-93). */
  NATIONAL_CONFERENCE,
  /** Capacity-building information session (10-year report p. 113-118). */
  INFORMATION_SESSION,
  /** National consultation (10-year report p. 113-118). */
  NATIONAL_CONSULTATION,
  /** Bilateral consultation (10-year report p. 151-154). */
  BILATERAL_CONSULTATION,
  /** Regional consultation (10-year report p. 151-154). */
  REGIONAL_CONSULTATION,
  /** Needs assessment or service mapping (10-year report p. 101-104, 10-year report p. 145-150). */
  NEEDS_ASSESSMENT,
  /** Online survey (10-year report p. 101-104). */
  ONLINE_SURVEY,
  /** Online consultation, for example of the diaspora (10-year report p. 39-48, 10-year report p. 159-162). */
  ONLINE_CONSULTATION,
  /** Support to ministerial or technical meetings (10-year report p. 133-136). */
  MEETING_SUPPORT,
  /** Closing event (10-year report p. 159-162). */
  CLOSING_EVENT,
  /** Restitution and capitalisation workshop (10-year report p. 113-118). */
  RESTITUTION_WORKSHOP
}
