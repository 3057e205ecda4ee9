/**
 * The MIEUX rules: {@link eu.mieux.rules.MieuxRules}, the entry point, with its
 * {@link eu.mieux.rules.RulesConfig settings} and data-quality {@link eu.mieux.rules.Policy}.
 *
 * <p>The rules live in sub-packages: {@code coverage} holds the legal reference data,
 * {@code eligibility} the eligibility rules. Every rule takes its data and settings in its
 * constructor and the as-of date as an argument; nothing reads the clock.
 *
 * <p>Verbs: one per kind of question. {@code check} answers with a
 * {@link eu.mieux.model.decision.Decision} (or a {@code CountryDecision} or {@code RequestDecision});
 * {@code assess} returns every finding at once, as an {@link eu.mieux.model.decision.Assessment} (or a
 * {@code GoodPracticeAssessment}); {@code rank} orders roster experts, {@code transition} moves an
 * Action through its lifecycle and {@code reviewsDue} lists the reviews due. The {@code decide}
 * methods of 0.1.0 are deprecated aliases of {@code check}.
 */
package eu.mieux.rules;
