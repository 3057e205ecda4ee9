/**
 * The MIEUX rules: {@link eu.mieux.rules.MieuxRules}, the entry point, with its
 * {@link eu.mieux.rules.RulesConfig settings} and data-quality {@link eu.mieux.rules.Policy}.
 *
 * <p>The rules live in sub-packages: {@code coverage} holds the legal reference data,
 * {@code eligibility} the eligibility rules. Every rule takes its data and settings in its
 * constructor and the as-of date as an argument; nothing reads the clock.
 */
package eu.mieux.rules;
