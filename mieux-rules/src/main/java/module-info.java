/**
 * The MIEUX domain rules: eligibility, admissibility, lifecycle, evaluation, experts, register and
 * good-practice scoring, each answer explained with its reasons and legal bases.
 *
 * <p>Entry point: {@link eu.mieux.rules.MieuxRules#standard()}. Reading this module reads the model
 * (and through it Guava); FastCSV (the data tables) is used inside only.
 */
module eu.mieux.rules {
  requires transitive eu.mieux.model;
  requires de.siegmar.fastcsv;

  exports eu.mieux.rules;
  exports eu.mieux.rules.admissibility;
  exports eu.mieux.rules.catalogue;
  exports eu.mieux.rules.compare;
  exports eu.mieux.rules.coverage;
  exports eu.mieux.rules.eligibility;
  exports eu.mieux.rules.evaluation;
  exports eu.mieux.rules.experts;
  exports eu.mieux.rules.governance;
  exports eu.mieux.rules.lifecycle;
  exports eu.mieux.rules.register;
  exports eu.mieux.rules.scoring;
  exports eu.mieux.rules.theme;
}
