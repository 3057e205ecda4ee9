/**
 * The Expert and Action Roster (EAR) of the Expert Management Mechanism (RULES.md §7, E1-E10;
 * KM5): who is in the pool, what they know, where they were deployed, how they were evaluated, and
 * the explained ranking of candidates for an Action.
 */
@MieuxStyle
package eu.mieux.model.roster;

import eu.mieux.model.MieuxStyle;
