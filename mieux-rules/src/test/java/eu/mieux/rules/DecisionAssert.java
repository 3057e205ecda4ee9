package eu.mieux.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Explained;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small fluent checker of decisions, for tests:
 * {@code assertDecision(d).isYes().cites("233/2014")}.
 */
public final class DecisionAssert {

  private final Explained decision;

  private DecisionAssert(Explained decision) {
    this.decision = decision;
  }

  /**
   * Starts checking a decision.
   *
   * @param decision  the decision
   * @return the checker
   */
  public static DecisionAssert assertDecision(Explained decision) {
    return new DecisionAssert(decision);
  }

  public DecisionAssert isYes() {
    return has(Outcome.YES);
  }

  public DecisionAssert isNo() {
    return has(Outcome.NO);
  }

  public DecisionAssert isUndetermined() {
    return has(Outcome.UNDETERMINED);
  }

  public DecisionAssert has(Outcome outcome) {
    assertEquals(outcome, decision.outcome(), () -> "outcome of " + describe());
    return this;
  }

  /** Checks that some legal basis's basis or source contains the text. */
  public DecisionAssert cites(String text) {
    assertTrue(bases().stream().anyMatch(b -> b.basis().contains(text) || b.source().contains(text)),
        () -> "no legal basis cites '" + text + "' in " + describe());
    return this;
  }

  /** Checks that some reason's message contains the text. */
  public DecisionAssert says(String text) {
    assertTrue(decision.reasons().stream().anyMatch(r -> r.message().contains(text)),
        () -> "no reason says '" + text + "' in " + describe());
    return this;
  }

  /** Checks the instruments of a country decision. */
  public DecisionAssert hasInstruments(Instrument... instruments) {
    assertEquals(Set.of(instruments), Set.copyOf(((CountryDecision) decision).instruments()),
        () -> "instruments of " + describe());
    return this;
  }

  /** Checks that every reason names a country. */
  public DecisionAssert reasonsNameTheirCountry() {
    for (Reason reason : decision.reasons()) {
      assertTrue(reason.country().isPresent() || !reason.ruleId().toString().equals("R-EL1"),
          () -> "reason without country: " + reason);
    }
    return this;
  }

  private List<LegalBasis> bases() {
    return decision.reasons().stream().flatMap(r -> r.legalBases().stream())
        .collect(Collectors.toList());
  }

  private String describe() {
    return decision.outcome() + " " + decision.reasons().stream().map(Reason::message)
        .collect(Collectors.joining(" | "));
  }
}
