/**
 * The Expert Management Mechanism (RULES.md §3 process 6, §7 E1-E10): explained, deterministic
 * matching of roster experts to an Action ({@link eu.mieux.rules.experts.ExpertMatching}) and a
 * synthetic roster that reproduces the expert figures of the reports
 * ({@link eu.mieux.rules.experts.SyntheticRoster}, RULES.md §11.5).
 */
package eu.mieux.rules.experts;
