/**
 * The lifecycle of an Action from request to closure, as a state machine whose refusals say which
 * precondition failed (RULES.md §4).
 */
package eu.mieux.rules.lifecycle;
