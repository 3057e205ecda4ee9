package eu.mieux.model.register;

import eu.mieux.model.Coded;

/**
 * What a knowledge-register entry records.
 */
public enum RegisterEntryKind implements Coded {
  /** One of the 16 good-practice case studies of 003 (RULES.md §6.3). */
  CASE_STUDY,
  /** A real Action named in the texts (RULES.md §12). */
  ACTION
}
