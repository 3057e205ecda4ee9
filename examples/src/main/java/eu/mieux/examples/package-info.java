/**
 * Runnable examples of embedding mieux, each a small {@code main} program that the build runs and
 * checks: {@link eu.mieux.examples.CheckARequest}, {@link eu.mieux.examples.ExplainARefusal},
 * {@link eu.mieux.examples.ScoreAnAction}, {@link eu.mieux.examples.ReadAndWriteJson},
 * {@link eu.mieux.examples.UseTheStrictPolicy}, {@link eu.mieux.examples.CheckAMultiCountryRequest}
 * and {@link eu.mieux.examples.CountryTimeline}. The command line is in {@code eu.mieux.examples.cli}.
 */
package eu.mieux.examples;
