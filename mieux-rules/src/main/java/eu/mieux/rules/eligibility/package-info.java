/**
 * The eligibility rules (RULES.md §4.3): may this body, for these countries, ask MIEUX for help on
 * this date, and why?
 *
 * <p>{@link eu.mieux.rules.eligibility.CountryEligibility} answers for one country (R-EL1),
 * {@link eu.mieux.rules.eligibility.RequesterEligibility} for the kind of requesting body (R-EL2,
 * R-EL3), {@link eu.mieux.rules.eligibility.ProgrammeWindow} for the date (M-PW1), and
 * {@link eu.mieux.rules.eligibility.RequestEligibility} combines them for a request, country by
 * country. {@link eu.mieux.rules.eligibility.CountryLookup} turns codes and names into countries.
 * Every answer is a decision with reasons; none throws for a negative outcome.
 */
package eu.mieux.rules.eligibility;
