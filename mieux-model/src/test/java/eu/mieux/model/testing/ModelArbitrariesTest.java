package eu.mieux.model.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.action.Action;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;

/**
 * Smoke checks of the shared generators: each yields valid values and covers its variants.
 *
 * <p>The per-type property tests ({@code ActionTest}, {@code RequestTest}, ...) check the invariants.
 */
class ModelArbitrariesTest {

  @Example
  void everyGeneratorYieldsValues() {
    List<Arbitrary<?>> all = List.of(ModelArbitraries.countries(), ModelArbitraries.dates(),
        ModelArbitraries.validityPeriods(), ModelArbitraries.actionCodes(), ModelArbitraries.ruleIds(),
        ModelArbitraries.texts(), ModelArbitraries.requestingBodies(), ModelArbitraries.requests(),
        ModelArbitraries.activities(), ModelArbitraries.experts(), ModelArbitraries.focalPoints(),
        ModelArbitraries.deliverables(), ModelArbitraries.actionFiches(), ModelArbitraries.actions(),
        ModelArbitraries.legalBases(), ModelArbitraries.reasons(), ModelArbitraries.decisions(),
        ModelArbitraries.countryDecisions(), ModelArbitraries.requestDecisions(),
        ModelArbitraries.histories(eu.mieux.model.lifecycle.ActionStatus.CLOSED), ModelArbitraries.findings(),
        ModelArbitraries.assessments(), ModelArbitraries.evidence(), ModelArbitraries.caseStudies(),
        ModelArbitraries.characteristicAssessments(), ModelArbitraries.goodPracticeAssessments(),
        ModelArbitraries.deploymentEvaluations(), ModelArbitraries.deployments(), ModelArbitraries.rosterEntries(),
        ModelArbitraries.rosters(), ModelArbitraries.rankedCandidates(), ModelArbitraries.expertRankings(),
        ModelArbitraries.activityFeedback(), ModelArbitraries.actionFeedback(), ModelArbitraries.evaluationEvidence(),
        ModelArbitraries.criterionScores(), ModelArbitraries.evaluations(), ModelArbitraries.reviews(),
        ModelArbitraries.registerEntries(), ModelArbitraries.registerQueries());
    for (Arbitrary<?> arbitrary : all) {
      assertTrue(arbitrary.sampleStream().limit(200).allMatch(v -> v != null));
    }
  }

  @Example
  void actionsCoverTheirVariants() {
    List<Action> sample = ModelArbitraries.actions().sampleStream().limit(500).toList();
    assertTrue(sample.stream().anyMatch(a -> a.endDate().isEmpty()), "some ongoing");
    assertTrue(sample.stream().anyMatch(a -> a.endDate().isPresent()), "some ended");
    assertTrue(sample.stream().anyMatch(a -> a.activities().isEmpty()), "some without activities");
    assertTrue(sample.stream().anyMatch(a -> a.activities().size() >= 5), "some with many activities");
    assertTrue(sample.stream().anyMatch(a -> a.activities().stream()
        .anyMatch(act -> !act.expertIds().isEmpty())), "some activities with experts");
    assertTrue(sample.stream().anyMatch(a -> a.partnerCountries().size() > 1), "some regional");
    assertTrue(sample.stream().anyMatch(a -> !a.title().chars().allMatch(c -> c < 128)),
        "some non-ASCII titles");
    assertFalse(sample.stream().allMatch(a -> a.fiche().isPresent()), "fiche sometimes empty");
    assertTrue(sample.stream().anyMatch(a -> a.history().isEmpty()), "some without history");
    assertTrue(sample.stream().anyMatch(a -> a.history().size() >= 3), "some with a long history");
  }
}
