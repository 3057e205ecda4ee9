/**
 * The MIEUX domain model: requests, Actions, countries, decisions, case studies and the other values
 * the rules read and answer with; immutable, thread-safe and null-free.
 *
 * <p>Guava is part of the API ({@code ValidityPeriod.toRange} returns a {@code Range}), and the
 * generated value classes carry Immutables' {@code @Generated}: both are read by every module that
 * reads this one.
 */
module eu.mieux.model {
  requires transitive com.google.common;
  requires transitive org.immutables.value.annotations;

  exports eu.mieux.model;
  exports eu.mieux.model.action;
  exports eu.mieux.model.country;
  exports eu.mieux.model.decision;
  exports eu.mieux.model.evaluation;
  exports eu.mieux.model.expert;
  exports eu.mieux.model.lifecycle;
  exports eu.mieux.model.practice;
  exports eu.mieux.model.register;
  exports eu.mieux.model.request;
  exports eu.mieux.model.roster;
  exports eu.mieux.model.theme;
  // the checks and the bounded quoting of input that rules and json share with the model; not API
  exports eu.mieux.model.internal to eu.mieux.rules, eu.mieux.json;
}
