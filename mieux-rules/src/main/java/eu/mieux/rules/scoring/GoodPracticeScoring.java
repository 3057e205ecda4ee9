package eu.mieux.rules.scoring;

import eu.mieux.model.action.Action;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.practice.AssessmentStatus;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.CharacteristicAssessment;
import eu.mieux.model.practice.Evidence;
import eu.mieux.model.practice.EvidenceKind;
import eu.mieux.model.practice.GoodPracticeAssessment;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.rules.catalogue.RuleCatalogue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Assesses an Action against the ten characteristics of a good practice (RULES.md §6.1) from the
 * evidence given, and explains the result.
 *
 * <p><b>The scoring is this library's model, not a MIEUX rule.</b> The MIEUX reports give no
 * scale, weights, threshold or formula (RULES.md §6.4 G1 and G6, §13 Q18); they only list, for each
 * case study, the characteristics it illustrates. This class reproduces those lists exactly for
 * the 16 case studies of 003 ({@link CaseStudies#all()}), and its numbers follow the
 * {@link Scoring} policy it is given.
 *
 * <p>How each characteristic is decided, in this order:
 * <ol>
 *   <li>{@link AssessmentStatus#MET} when at least {@link Scoring#minimumEvidence()} distinct
 *       pieces of evidence of the characteristic's {@link EvidenceKind}s are given;</li>
 *   <li>otherwise {@link AssessmentStatus#NOT_MET} when the caller declares the characteristic
 *       assessed: someone looked and found too little;</li>
 *   <li>otherwise {@link AssessmentStatus#NOT_ASSESSED}: nothing is concluded, and it counts
 *       neither as met nor as not met.</li>
 * </ol>
 * Choice: evidence below the minimum does not by itself make a characteristic assessed. If it
 * did, adding evidence could turn a characteristic from not assessed into not met and lower the
 * share met; this way adding evidence never lowers any number of the assessment. Duplicate
 * evidence counts once, and the order of the evidence never matters.
 *
 * <p>Each characteristic gets a reason {@code M-GP1} to {@code M-GP10} (its number): which
 * evidence met it, or which kinds of evidence were missing. A last reason {@code M-GP} gives the
 * conclusion: {@code YES} for a good-practice candidate, {@code NO} otherwise, {@code UNDETERMINED}
 * when nothing was assessed.
 *
 * <pre>{@code
 * GoodPracticeScoring scoring = new GoodPracticeScoring(Scoring.standard());
 * GoodPracticeAssessment a = scoring.assess(CaseStudies.ofNumber(12));
 * a.profile();       // [RESULTS_ORIENTED, CATALYST]
 * a.isCandidate();   // true: 2 met, threshold 2
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoodPracticeScoring {

  private static final RuleId CONCLUSION = RuleId.of("M-GP");
  private static final Comparator<Evidence> CANONICAL = Comparator
      .comparing(Evidence::kind)
      .thenComparing(Evidence::statement)
      .thenComparing(Evidence::source)
      .thenComparing(e -> e.date().map(Object::toString).orElse(""));

  private final Scoring scoring;

  /**
   * Creates a scoring that applies a policy.
   *
   * @param scoring  the policy, not null; {@link Scoring#standard()} for the defaults
   */
  public GoodPracticeScoring(Scoring scoring) {
    this.scoring = Objects.requireNonNull(scoring, "scoring");
  }

  /**
   * Gets the policy this scoring applies.
   *
   * @return the policy
   */
  public Scoring scoring() {
    return scoring;
  }

  /**
   * Assesses an Action from evidence.
   *
   * @param action  the Action, not null
   * @param evidence  the evidence, in any order, duplicates counted once, not null, no null element
   * @param assessed  the characteristics the caller declares assessed, not null; those without
   *     enough evidence are {@link AssessmentStatus#NOT_MET}, the others without enough evidence
   *     are {@link AssessmentStatus#NOT_ASSESSED}
   * @return the assessment, with its reasons
   */
  public GoodPracticeAssessment assess(Action action, Collection<Evidence> evidence,
      Set<GoodPracticeCharacteristic> assessed) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(assessed, "assessed");
    Set<Evidence> distinct = new TreeSet<>(CANONICAL);
    for (Evidence e : evidence) {
      distinct.add(Objects.requireNonNull(e, "evidence element"));
    }
    GoodPracticeAssessment.Builder builder = GoodPracticeAssessment.builder()
        .action(action)
        .candidateThreshold(scoring.candidateThreshold());
    int met = 0;
    int notMet = 0;
    int weighted = 0;
    for (GoodPracticeCharacteristic c : GoodPracticeCharacteristic.values()) {
      List<Evidence> mine = new ArrayList<>();
      for (Evidence e : distinct) {
        if (e.characteristic() == c) {
          mine.add(e);
        }
      }
      AssessmentStatus status = mine.size() >= scoring.minimumEvidence() ? AssessmentStatus.MET
          : assessed.contains(c) ? AssessmentStatus.NOT_MET
          : AssessmentStatus.NOT_ASSESSED;
      CharacteristicAssessment ca = CharacteristicAssessment.builder()
          .characteristic(c)
          .status(status)
          .addAllEvidence(mine)
          .weight(scoring.weight(c))
          .build();
      builder.addCharacteristic(ca);
      builder.addReason(explain(ca));
      if (ca.isMet()) {
        met++;
        weighted += ca.weight();
      } else if (status == AssessmentStatus.NOT_MET) {
        notMet++;
      }
    }
    int assessedCount = met + notMet;
    Outcome outcome = assessedCount == 0 ? Outcome.UNDETERMINED
        : weighted >= scoring.candidateThreshold() ? Outcome.YES : Outcome.NO;
    String verdict = switch (outcome) {
      case YES -> "a good-practice candidate";
      case NO -> "not a good-practice candidate";
      default -> "undetermined: no characteristic was assessed";
    };
    return builder
        .outcome(outcome)
        .addReason(Reason.builder()
            .ruleId(CONCLUSION)
            .outcome(outcome)
            .message(met + " of " + assessedCount + " characteristics assessed are met, weighted"
                + " score " + weighted + " against a candidate threshold of "
                + scoring.candidateThreshold() + ": " + verdict
                + " under this library's scoring model, which is not a MIEUX rule")
            .addLegalBases(RuleCatalogue.standard().legalBasis(CONCLUSION))
            .build())
        .build();
  }

  /**
   * Assesses a case study: its Action and the evidence its text reports for the credited
   * characteristics, with all ten characteristics declared assessed, since each case study was
   * reviewed against the ten-item list. Under {@link Scoring#standard()} the profile is
   * exactly the characteristics the report credits.
   *
   * @param caseStudy  the case study, not null
   * @return the assessment, with its reasons
   */
  public GoodPracticeAssessment assess(CaseStudy caseStudy) {
    Objects.requireNonNull(caseStudy, "caseStudy");
    return assess(caseStudy.action(), caseStudy.evidence(),
        EnumSet.allOf(GoodPracticeCharacteristic.class));
  }

  private Reason explain(CharacteristicAssessment ca) {
    GoodPracticeCharacteristic c = ca.characteristic();
    String name = "Characteristic " + c.number() + " (" + c.label() + ")";
    int n = ca.evidence().size();
    String message;
    Outcome outcome;
    switch (ca.status()) {
      case MET -> {
        outcome = Outcome.YES;
        message = name + " is met by " + count(n) + " (" + kinds(ca.evidence()) + "), at least "
            + scoring.minimumEvidence() + " needed";
      }
      case NOT_MET -> {
        outcome = Outcome.NO;
        message = name + " is not met: " + (n == 0 ? "no evidence" : "only " + count(n))
            + ", at least " + scoring.minimumEvidence() + " needed; missing: "
            + codes(ca.missingKinds());
      }
      default -> {
        outcome = Outcome.UNDETERMINED;
        message = name + " was not assessed and does not count as not met: it was not declared"
            + " assessed and has " + (n == 0 ? "no evidence" : "only " + count(n)) + ", at least "
            + scoring.minimumEvidence() + " needed; evidence would be: " + codes(ca.missingKinds());
      }
    }
    RuleId rule = RuleId.of("M-GP" + c.number());
    Reason.Builder reason = Reason.builder()
        .ruleId(rule)
        .outcome(outcome)
        .message(message)
        .addLegalBases(RuleCatalogue.standard().legalBasis(rule));
    for (Evidence e : ca.evidence()) {
      reason.addLegalBases(LegalBasis.ofCitation(e.kind().code() + ": " + e.statement(),
          e.source()));
    }
    return reason.build();
  }

  private static String count(int n) {
    return n + (n == 1 ? " piece of evidence" : " pieces of evidence");
  }

  private static String kinds(List<Evidence> evidence) {
    return evidence.stream().map(e -> e.kind().code()).distinct().collect(Collectors.joining(", "));
  }

  private static String codes(Set<EvidenceKind> kinds) {
    return kinds.isEmpty() ? "none"
        : kinds.stream().map(EvidenceKind::code).collect(Collectors.joining(", "));
  }
}
