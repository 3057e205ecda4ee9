/**
 * Requests for MIEUX expertise and the bodies that send them.
 */
@MieuxStyle
package eu.mieux.model.request;

import eu.mieux.model.MieuxStyle;
