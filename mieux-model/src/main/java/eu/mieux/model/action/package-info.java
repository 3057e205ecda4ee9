/**
 * Actions, their Activities, Action Fiches, deliverables and focal points.
 */
@MieuxStyle
package eu.mieux.model.action;

import eu.mieux.model.MieuxStyle;
