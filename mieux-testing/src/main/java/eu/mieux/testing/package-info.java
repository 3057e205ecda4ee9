/**
 * Rule checks for unit tests: fluent assertions on requests, countries, Actions and case studies,
 * and fixtures with the real Actions and requests the seed texts describe. The package is the
 * artifact {@code eu.mieux:mieux-testing}, added in test scope.
 *
 * <p>{@link eu.mieux.testing.MieuxAssertions} is the entry point, on the standard rules;
 * {@link eu.mieux.testing.MieuxAssertions#using(eu.mieux.rules.MieuxRules)} applies other
 * settings. {@link eu.mieux.testing.MieuxFixtures} holds the 16 case studies of RULES.md §6.3
 * and the requests behind them, each citing its sources; {@link eu.mieux.testing.JsonFixtures}
 * gives the same values as JSON documents (generated from them) and is the one home of every example
 * document, the public record's and the invalid ones included.
 *
 * <pre>{@code
 * import static eu.mieux.testing.MieuxAssertions.assertThat;
 *
 * void theJointRequestOf2012IsEligibleUnderTheDci() { // a JUnit, TestNG or plain test method
 *   assertThat(MieuxFixtures.southEastAsiaRequest())
 *       .isEligibleOn(LocalDate.of(2012, 6, 1)).via(Instrument.DCI);
 *   assertThat(MieuxFixtures.southEastAsiaRequest()).isAdmissible().withoutWarnings();
 *   assertThat(MieuxFixtures.southEastAsia()).satisfiesAllRules();
 *   assertThat(MieuxFixtures.southEastAsiaCaseStudy()).hasGoodPracticeScoreAtLeast(4);
 * }
 * }</pre>
 *
 * <p>A failed check throws an {@link java.lang.AssertionError} whose message lists every violated
 * rule, numbered, each with its rule id, severity, JSON Pointer path, reason and legal bases (basis
 * and source, with the data quality when it is not {@code VERIFIED}), then the rules used:
 * <pre>
 * Expected request of GRASPI for [NE] received 2022-03-01 to be admissible, but 1 rule was violated:
 *   1. R-EL3b ERROR at /requestingBodies: a civil_society_organisation may request only jointly with a government body (a national_public_authority or a local_authority), but the request names no other body
 *        legal basis: R-EL3b: under MIEUX+ the requesters are: regional organisations; ...
 *        source: https://international-partnerships.ec.europa.eu/policies/programming/projects/migration-eu-expertise-initiative-mieux_en; ...
 *   (checked with MieuxRules.standard())
 * </pre>
 * For decisions, which have outcomes rather than severities, a reason that does not hold is an
 * {@code ERROR} ({@code ERROR (UNDETERMINED)} when the data cannot answer); for good-practice scores
 * the severity column shows the characteristic's status, {@code NOT_MET} or {@code NOT_ASSESSED}.
 *
 * <p>The package uses only the JDK and mieux, never a test framework, so the checks work the same
 * under JUnit 5, JUnit 4, TestNG or none. The assertion objects are immutable single-use steps of one
 * statement: each method checks at once and either throws or returns the next step.
 */
package eu.mieux.testing;
