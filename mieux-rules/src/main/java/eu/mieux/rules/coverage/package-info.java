/**
 * The legal reference data of country eligibility: the rows of {@code coverage.csv}, which country
 * each EU instrument covered and when, and the {@link eu.mieux.rules.coverage.CoverageTable} that
 * groups them by country after checking them as a whole.
 *
 * <p>{@link eu.mieux.rules.coverage.CoverageCsv} is the only reader of coverage files (through
 * FastCSV). The shipped data is {@link eu.mieux.rules.coverage.CoverageTable#standard()}; a newer
 * file is read with {@link eu.mieux.rules.coverage.CoverageTable#read(java.nio.file.Path)}. The
 * sources of the shipped data are explained in {@code SOURCES.md} and {@code ELIGIBILITY-NOTES.md},
 * shipped beside it in this package.
 */
package eu.mieux.rules.coverage;
