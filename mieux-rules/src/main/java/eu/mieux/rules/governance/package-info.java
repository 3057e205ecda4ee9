/**
 * The programme's governance by date: who sat on the Project Steering Committee (RULES.md §2, §15.3
 * G-SC2), read from {@code steering-committee.csv}.
 */
package eu.mieux.rules.governance;
