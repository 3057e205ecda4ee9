/**
 * Implementation details of the model; not exported, not API.
 */
package eu.mieux.model.internal;
