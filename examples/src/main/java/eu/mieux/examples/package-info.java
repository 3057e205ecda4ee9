/**
 * Runnable examples of the mieux library. The command line lives in
 * {@link eu.mieux.examples.cli}.
 */
package eu.mieux.examples;
