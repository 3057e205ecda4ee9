/**
 * Countries and territories ({@link eu.mieux.model.country.Country}), the EU instruments whose
 * coverage makes them eligible ({@link eu.mieux.model.country.Instrument}) and the reporting regions.
 */
@MieuxStyle
package eu.mieux.model.country;

import eu.mieux.model.MieuxStyle;
