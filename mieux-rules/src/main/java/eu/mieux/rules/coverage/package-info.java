/**
 * The legal reference data of country eligibility: the rows of {@code coverage.csv}, which country
 * each EU instrument covered and when, and the {@link eu.mieux.rules.coverage.CoverageTable} that
 * indexes them by country and date.
 *
 * <p>{@link eu.mieux.rules.coverage.CoverageCsv} is the only reader of the file. The shipped data is
 * {@link eu.mieux.rules.coverage.CoverageTable#standard()}; its sources are explained in
 * {@code SOURCES.md} and {@code ELIGIBILITY-NOTES.md}, shipped beside it in this package.
 */
package eu.mieux.rules.coverage;
