/**
 * The reference JSON binding of the MIEUX model: {@link eu.mieux.json.MieuxJson} (a strict,
 * preconfigured mapper and read/write shortcuts), {@link eu.mieux.json.MieuxModule} (the Jackson
 * module), {@link eu.mieux.json.MieuxJsonException} (the one read failure, with a JSON Pointer) and
 * {@link eu.mieux.json.JsonSchemas} (the published JSON Schemas).
 */
package eu.mieux.json;
