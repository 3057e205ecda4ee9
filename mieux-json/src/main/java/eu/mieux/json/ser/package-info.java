/**
 * Hand-written serializers of the atoms: coded enums and countries. Not exported, not API.
 */
package eu.mieux.json.ser;
