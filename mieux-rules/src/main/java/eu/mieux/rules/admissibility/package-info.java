/**
 * Admissibility of requests and Actions: every finding at once, each with its rule, severity, field
 * path, message and citation.
 */
package eu.mieux.rules.admissibility;
