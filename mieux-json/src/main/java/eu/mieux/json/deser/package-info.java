/**
 * Hand-written deserializers: the atoms, coded enums, countries, strict ISO dates, years as
 * integers, sets that refuse repeated elements and
 * {@code Reason}, whose derived {@code quality} a mix-in cannot express. Not exported, not API.
 */
package eu.mieux.json.deser;
