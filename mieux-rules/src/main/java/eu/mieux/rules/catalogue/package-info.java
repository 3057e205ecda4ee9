/**
 * The rule catalogue: every rule id the library applies or reports, once, with its statement and
 * the published documents it rests on.
 *
 * <p>{@link eu.mieux.rules.catalogue.RuleCatalogue} is the only reader of {@code rules.csv}, shipped
 * in this package. Rules refer to an entry by its {@link eu.mieux.model.decision.RuleId} and put
 * {@link eu.mieux.rules.catalogue.CatalogueRule#legalBasis()} on their findings and reasons, so that
 * two rules applying the same entry cite it the same way.
 */
package eu.mieux.rules.catalogue;
