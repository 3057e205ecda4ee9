/**
 * Hand-written serializers of the atoms: coded enums, countries, ISO dates and years as integers.
 * Not exported, not API.
 */
package eu.mieux.json.ser;
