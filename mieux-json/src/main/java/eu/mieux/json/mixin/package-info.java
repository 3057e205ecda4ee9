/**
 * The mix-ins that are the JSON contract of the model: one {@code <Type>MixIn} per model type, with
 * a nested {@code BuilderMixIn} for its builder. Not exported, not API.
 */
package eu.mieux.json.mixin;
