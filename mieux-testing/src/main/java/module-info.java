/**
 * The rule-check kit, for tests: {@link eu.mieux.testing.MieuxAssertions} checks requests, countries,
 * Actions and case studies against the rules, and {@link eu.mieux.testing.MieuxFixtures} and
 * {@link eu.mieux.testing.JsonFixtures} hold the real Actions and requests of the seed texts, the
 * latter as JSON documents (resources of this module, the one home of every example document). It uses
 * no test framework: a failed check throws an {@link java.lang.AssertionError}.
 */
module eu.mieux.testing {
  requires transitive eu.mieux.rules;

  exports eu.mieux.testing;
}
