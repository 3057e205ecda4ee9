/**
 * Decisions and their explanations: an {@link eu.mieux.model.decision.Outcome} with
 * {@link eu.mieux.model.decision.Reason reasons}, each citing its
 * {@link eu.mieux.model.decision.LegalBasis legal basis} and its
 * {@link eu.mieux.model.decision.DataQuality data quality}.
 *
 * <p>These types live in the model so that the JSON binding can exchange decisions without
 * depending on the rules that make them.
 */
@MieuxStyle
package eu.mieux.model.decision;

import eu.mieux.model.MieuxStyle;
