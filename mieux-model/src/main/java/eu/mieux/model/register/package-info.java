/**
 * The knowledge register (RULES.md §2, KM4; annual report 2018): case studies and Actions as queryable
 * entries with their citations, and the query that selects them.
 */
@MieuxStyle
package eu.mieux.model.register;

import eu.mieux.model.MieuxStyle;
