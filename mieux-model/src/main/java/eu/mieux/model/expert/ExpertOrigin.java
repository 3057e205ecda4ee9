package eu.mieux.model.expert;

import eu.mieux.model.Coded;

/**
 * Where an expert comes from: an EU member state, or a non-EU ("southern", partner) country
 * (RULES.md §2, "EU expert" and "Southern expert"; annual report 2018).
 */
public enum ExpertOrigin implements Coded {
  /** An expert from an EU member state (the United Kingdom counts until its withdrawal). */
  EU_MEMBER_STATE,
  /** A "southern" peer expert from a non-EU country (triangular cooperation, E2). */
  NON_EU
}
