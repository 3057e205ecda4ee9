package eu.mieux.model.roster;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.internal.Invariants;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import eu.mieux.model.internal.Quote;

/**
 * One expert in the Expert and Action Roster (KM5; annual report 2018, 10-year report p. 11-16): the expert, the
 * sub-topics of their expertise (RULES.md §5.2, matched to Actions since 2016, E3), their working
 * languages, their deployments with the evaluation after each (E1), and the periods in which they
 * declared themselves unavailable.
 *
 * <p>Invariants checked by {@code build()}: no sub-topic, language, deployment or unavailable
 * period twice; each language an ISO 639 code of two or three lower-case letters, such as
 * {@code fr}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class RosterEntry {

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  RosterEntry() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the expert.
   *
   * @return the expert
   */
  public abstract Expert expert();

  /**
   * Gets the sub-topics the expert is competent in.
   *
   * @return the sub-topics, without duplicates, possibly empty
   */
  public abstract List<SubTopic> subTopics();

  /**
   * Gets the expert's working languages, when the roster gives them.
   *
   * @return ISO 639 codes such as {@code fr}, without duplicates, possibly empty
   */
  public abstract List<String> languages();

  /**
   * Gets the expert's deployments, in the order recorded.
   *
   * @return the deployments, without duplicates, possibly empty
   */
  public abstract List<Deployment> deployments();

  /**
   * Gets the periods, inclusive at both ends, in which the expert is not available.
   *
   * @return the periods, without duplicates, possibly empty
   */
  public abstract List<ValidityPeriod> unavailablePeriods();

  /**
   * Gets the id of the expert, shared with focal points (E5).
   *
   * @return the id, not blank
   */
  public String id() {
    return expert().id();
  }

  /**
   * Gets the thematic areas of the expert's sub-topics.
   *
   * @return the areas, in enum order
   */
  public Set<ThematicArea> areas() {
    Set<ThematicArea> areas = EnumSet.noneOf(ThematicArea.class);
    subTopics().forEach(topic -> areas.add(topic.area()));
    return areas;
  }

  /**
   * Gets the evaluations made after the expert's deployments, in the order of the deployments.
   *
   * @return the evaluations, possibly empty
   */
  public List<DeploymentEvaluation> evaluations() {
    return deployments().stream().flatMap(d -> d.evaluation().stream()).toList();
  }

  @Value.Check
  void check() {
    for (int i = 0; i < unavailablePeriods().size(); i++) {
      Invariants.checkDocumentPeriod("unavailablePeriods[" + i + "]", unavailablePeriods().get(i));
    }
    Invariants.checkNoDuplicates("subTopics", subTopics());
    Invariants.checkNoDuplicates("languages", languages());
    for (int i = 0; i < languages().size(); i++) {
      checkState(LANGUAGE.matcher(languages().get(i)).matches(),
          "languages[%s] must be an ISO 639 code of 2 or 3 lower-case letters, but was %s", i,
          Quote.of(languages().get(i)));
    }
    Invariants.checkNoDuplicates("deployments", deployments());
    Invariants.checkNoDuplicates("unavailablePeriods", unavailablePeriods());
  }

  /** A builder of {@link RosterEntry}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableRosterEntry.Builder {
    /** Creates an empty builder; prefer {@link RosterEntry#builder()}. */
    public Builder() {}
  }
}
