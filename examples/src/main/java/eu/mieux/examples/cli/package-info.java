/**
 * The {@code mieux} command line: {@link eu.mieux.examples.cli.MieuxCli} dispatches to one
 * {@link eu.mieux.examples.cli.Command} per sub-command, such as
 * {@link eu.mieux.examples.cli.EligibilityCommand}.
 */
package eu.mieux.examples.cli;
