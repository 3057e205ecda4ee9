package eu.mieux.model.testing;

import eu.mieux.model.Phase;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.action.Action;
import eu.mieux.model.ActionCode;
import eu.mieux.model.action.ActionFiche;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.action.CapacityLevel;
import eu.mieux.model.action.Deliverable;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.action.FicheParty;
import eu.mieux.model.action.FocalPoint;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.request.Channel;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.model.country.Region;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.evaluation.ActionFeedback;
import eu.mieux.model.evaluation.ActionFeedbackSource;
import eu.mieux.model.evaluation.ActivityFeedback;
import eu.mieux.model.evaluation.CriterionScore;
import eu.mieux.model.evaluation.Evaluation;
import eu.mieux.model.evaluation.EvaluationCriterion;
import eu.mieux.model.evaluation.EvaluationEvidence;
import eu.mieux.model.evaluation.EvaluationFramework;
import eu.mieux.model.evaluation.Review;
import eu.mieux.model.evaluation.ReviewFrequency;
import eu.mieux.model.lifecycle.LifecycleEvent;
import eu.mieux.model.lifecycle.StatusChange;
import eu.mieux.model.practice.AssessmentStatus;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.CharacteristicAssessment;
import eu.mieux.model.practice.Evidence;
import eu.mieux.model.practice.EvidenceKind;
import eu.mieux.model.practice.GoodPracticeAssessment;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.register.RegisterEntryKind;
import eu.mieux.model.register.RegisterQuery;
import eu.mieux.model.roster.Deployment;
import eu.mieux.model.roster.DeploymentEvaluation;
import eu.mieux.model.roster.ExpertRanking;
import eu.mieux.model.roster.RankedCandidate;
import eu.mieux.model.roster.Roster;
import eu.mieux.model.roster.RosterEntry;
import java.time.Year;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of valid MIEUX model values, shared by the tests of every module.
 *
 * <p>Every arbitrary yields values that {@code build()} accepts: the invariants of each aggregate
 * hold by construction, never by filtering, so the generators stay fast at thousands of tries.
 * Optional attributes are sometimes present and sometimes empty, collections are sometimes empty,
 * and free text is sometimes non-ASCII (accented Latin, Cyrillic, Arabic, CJK, emoji outside the
 * Basic Multilingual Plane) or holds JSON-sensitive characters such as quotes, backslashes and
 * line breaks. Dates lie in 2001-2027, the span of the coverage data.
 *
 * <p>{@link #activities()}, {@link #actions()} and {@link #countryDecisions()} depend on values drawn earlier (activities
 * inside the Action's period, coverage rows around the date), so they are built with
 * {@code flatMap} and have no edge cases: jqwik would spend more time combining the edge cases of
 * their many parts than generating values.
 *
 * <p>Use them from a property through a provider method:
 * <pre>{@code
 * @Provide
 * Arbitrary<Action> actions() {
 *   return ModelArbitraries.actions();
 * }
 *
 * @Property
 * void everyActionRebuilds(@ForAll("actions") Action action) { ... }
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ModelArbitraries {

  /** The first date generated, 1 January 2001. */
  public static final LocalDate FIRST_DATE = LocalDate.of(2001, 1, 1);

  /** The last date generated, 31 December 2027. */
  public static final LocalDate LAST_DATE = LocalDate.of(2027, 12, 31);

  private static final Map<ThematicArea, List<SubTopic>> TOPICS_BY_AREA = topicsByArea();

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ACCENTED = "éèêàâäöüßçñøåłśžčőțğıÉÖÜÇÑ";
  private static final String CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыэюяДЖЛФ";
  private static final String ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
  private static final String CJK = "移民专家能力建设合作伙伴国家";
  private static final String SPECIAL = "\"\\'/<>&{}[]:,\n\t";
  private static final List<String> EMOJI = List.of("🇪🇺", "🌍", "𝔐", "👩‍⚖️");

  private ModelArbitraries() {}

  // ---------------------------------------------------------------------------------------------
  // atoms and vocabularies

  /**
   * Generates any country, Kosovo ({@code XK}) included.
   *
   * @return countries
   */
  public static Arbitrary<Country> countries() {
    return Arbitraries.of(Country.class);
  }

  /**
   * Generates dates from {@link #FIRST_DATE} to {@link #LAST_DATE}, both included.
   *
   * @return dates in 2001-2027
   */
  public static Arbitrary<LocalDate> dates() {
    return datesBetween(FIRST_DATE, LAST_DATE);
  }

  /**
   * Generates dates in a closed interval.
   *
   * @param first  the first date, inclusive
   * @param last  the last date, inclusive, not before {@code first}
   * @return dates in {@code [first, last]}
   */
  public static Arbitrary<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /**
   * Generates periods whose ends both lie in 2001-2027; single-day periods included.
   *
   * @return periods, inclusive at both ends
   */
  public static Arbitrary<ValidityPeriod> validityPeriods() {
    return Combinators.combine(dates(), dates())
        .as((a, b) -> a.isAfter(b) ? ValidityPeriod.of(b, a) : ValidityPeriod.of(a, b));
  }

  /**
   * Generates Action codes over their whole range, years 2008-2099 and numbers 1-99.
   *
   * @return Action codes
   */
  public static Arbitrary<ActionCode> actionCodes() {
    return Combinators.combine(
            Arbitraries.integers().between(2008, 2099), Arbitraries.integers().between(1, 99))
        .as(ActionCode::of);
  }

  /**
   * Generates rule ids of the catalogue's forms: {@code R-EL3}, {@code R-LC11}, {@code A1},
   * {@code E5}, {@code M-PW1}, sometimes with a lower-case letter suffix ({@code R-EL4a}).
   *
   * @return rule ids
   */
  public static Arbitrary<RuleId> ruleIds() {
    return Combinators.combine(
            Arbitraries.of("R-EL", "R-LC", "R-AD", "R-GP", "M-PW", "M-", "A", "E", "T", "L", "GP"),
            Arbitraries.integers().between(1, 30),
            Arbitraries.of("", "", "", "a", "b"))
        .as((prefix, number, suffix) -> RuleId.of(prefix + number + suffix));
  }

  /**
   * Generates non-blank text: a few words, sometimes non-ASCII, sometimes with JSON-sensitive
   * characters inside (never only whitespace).
   *
   * @return non-blank strings of at most about 60 characters
   */
  public static Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(10)),
        Tuple.of(1, Arbitraries.strings().withChars(LETTERS + ACCENTED).ofMinLength(1).ofMaxLength(10)),
        Tuple.of(1, Arbitraries.strings().withChars(CYRILLIC).ofMinLength(1).ofMaxLength(10)),
        Tuple.of(1, Arbitraries.strings().withChars(ARABIC).ofMinLength(1).ofMaxLength(10)),
        Tuple.of(1, Arbitraries.strings().withChars(CJK).ofMinLength(1).ofMaxLength(6)),
        Tuple.of(1, Arbitraries.strings().withChars(LETTERS + SPECIAL).ofMinLength(1).ofMaxLength(10)
            .map(s -> "x" + s)),
        Tuple.of(1, Arbitraries.of(EMOJI)),
        Tuple.of(1, Arbitraries.of("a\u00A0b", "\u2007x", "y\u202F", "no\u00A0break")));
    return word.list().ofMinSize(1).ofMaxSize(5)
        .map(words -> String.join(" ", words))
        .filter(s -> s.chars().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)));
  }

  // ---------------------------------------------------------------------------------------------
  // requests

  /**
   * Generates requesting bodies of every kind; the country is always set unless the kind is
   * {@link RequesterKind#REGIONAL_ORGANISATION}, for which it is sometimes empty.
   *
   * @return requesting bodies
   */
  public static Arbitrary<RequestingBody> requestingBodies() {
    return Combinators.combine(
            texts(), acronyms().optional(0.5), Arbitraries.of(RequesterKind.class), countries(),
            Arbitraries.of(true, false))
        .as((name, acronym, kind, country, withCountry) -> RequestingBody.builder()
            .name(name)
            .acronym(acronym)
            .kind(kind)
            .country(withCountry || kind != RequesterKind.REGIONAL_ORGANISATION
                ? Optional.of(country) : Optional.empty())
            .build());
  }

  /**
   * Generates requests: 1-4 distinct partner countries, 0-3 distinct thematic areas, sub-topics only
   * under those areas, sometimes a follow-up of an earlier Action.
   *
   * @return requests
   */
  public static Arbitrary<Request> requests() {
    return Combinators.combine(
            requestingBodies().list().ofMinSize(1).ofMaxSize(3).uniqueElements(), partnerCountries(), dates(),
            Arbitraries.of(Channel.class), themes(0), texts(), actionCodes().optional(0.3))
        .as((bodies, partners, receivedOn, channel, themes, description, followUpOf) ->
            Request.builder()
                .addAllRequestingBodies(bodies)
                .addAllPartnerCountries(partners)
                .receivedOn(receivedOn)
                .channel(channel)
                .addAllThematicAreas(themes.areas())
                .addAllSubTopics(themes.subTopics())
                .description(description)
                .followUpOf(followUpOf)
                .build());
  }

  // ---------------------------------------------------------------------------------------------
  // actions

  /**
   * Generates activities on their own: any type, 1-15 days within 2001-2027, expert ids of the form
   * of {@link #experts()}. Inside an Action, use {@link #actions()}, which keeps activities within
   * the Action's period and their expert ids among the Action's experts.
   *
   * @return activities
   */
  public static Arbitrary<Activity> activities() {
    return expertIds().list().uniqueElements().ofMaxSize(3)
        .flatMap(ids -> activitiesWithin(FIRST_DATE, Optional.of(LAST_DATE), ids))
        .withoutEdgeCases();
  }

  /**
   * Generates experts, EU and non-EU, of every profile, with optional name, nationality and
   * institution. Ids are {@code ex-<n>}.
   *
   * @return experts
   */
  public static Arbitrary<Expert> experts() {
    return Combinators.combine(
            expertIds(), texts().optional(0.6), Arbitraries.of(ExpertOrigin.class),
            Arbitraries.of(ExpertProfile.class), countries().optional(0.6), texts().optional(0.5))
        .as((id, name, origin, profile, nationality, institution) -> Expert.builder()
            .id(id)
            .name(name)
            .origin(origin)
            .profile(profile)
            .nationality(nationality)
            .institution(institution)
            .build());
  }

  /**
   * Generates partner-country focal points; person ids share the {@code ex-<n>} namespace of
   * experts.
   *
   * @return focal points
   */
  public static Arbitrary<FocalPoint> focalPoints() {
    return Combinators.combine(expertIds(), texts(), Arbitraries.of("operational", "strategic")
            .optional(0.5))
        .as((id, institution, profile) -> FocalPoint.builder()
            .personId(id).institution(institution).profile(profile).build());
  }

  /**
   * Generates deliverables of every type, sometimes with an adoption date.
   *
   * @return deliverables
   */
  public static Arbitrary<Deliverable> deliverables() {
    return Combinators.combine(Arbitraries.of(DeliverableType.class), texts(), dates().optional(0.5))
        .as((type, title, adoptedOn) -> Deliverable.builder()
            .type(type).title(title).adoptedOn(adoptedOn).build());
  }

  /**
   * Generates Action Fiches: any subset of drafting parties (the R-LC2 rule is not an invariant),
   * optional texts, 0-8 planned activities and any subset of capacity levels.
   *
   * @return Action Fiches
   */
  public static Arbitrary<ActionFiche> actionFiches() {
    return Combinators.combine(
            Arbitraries.subsetOf(FicheParty.values()), texts().optional(0.6), texts().optional(0.6),
            Arbitraries.of(ActivityType.class).list().ofMaxSize(8),
            Arbitraries.subsetOf(CapacityLevel.values()))
        .as((parties, logic, framework, planned, levels) -> ActionFiche.builder()
            .addAllDraftedBy(parties)
            .interventionLogic(logic)
            .institutionalFramework(framework)
            .addAllPlannedActivities(planned)
            .addAllCapacityLevels(levels)
            .build());
  }

  /**
   * Generates Actions: 1-4 distinct partner countries, 1-3 distinct thematic areas with sub-topics
   * under them, a start date and sometimes an end date, 0-9 activities inside that period whose
   * expert ids name the Action's 0-5 experts (no id twice), and optional code, sequel number,
   * request date, fiche, other authorities, focal points and deliverables; about half of them
   * carry a history of 1-4 transitions that ends in their status (see {@link #histories}).
   *
   * @return Actions
   */
  public static Arbitrary<Action> actions() {
    Arbitrary<LocalDate> starts = datesBetween(FIRST_DATE, LAST_DATE.minusDays(30));
    Arbitrary<Optional<Integer>> lengths = Arbitraries.integers().between(0, 2000).optional(0.7);
    return Combinators.combine(actionCores(), actionExtras(), themes(1), starts, lengths,
            experts().list().uniqueElements(Expert::id).ofMaxSize(5))
        .flatAs((core, extras, themes, start, length, experts) -> {
          Optional<LocalDate> end = length.map(days -> min(start.plusDays(days), LAST_DATE));
          List<String> ids = experts.stream().map(Expert::id).toList();
          return Combinators.combine(activitiesWithin(start, end, ids).list().ofMaxSize(9),
                  histories(core.status()))
              .as((activities, history) -> {
                Action.Builder builder = Action.builder();
                builder.code(core.code())
                    .title(core.title())
                    .addAllPartnerCountries(core.partners())
                    .requestingAuthority(core.authority())
                    .addAllOtherAuthorities(core.others())
                    .addAllThematicAreas(themes.areas())
                    .addAllSubTopics(themes.subTopics())
                    .phase(core.phase())
                    .requestReceivedOn(extras.receivedOn())
                    .startDate(start)
                    .endDate(end)
                    .status(core.status())
                    .fiche(extras.fiche())
                    .addAllActivities(activities)
                    .addAllExperts(experts)
                    .addAllFocalPoints(extras.focalPoints())
                    .addAllDeliverables(extras.deliverables())
                    .addAllHistory(history);
                core.sequelNumber().ifPresent(builder::sequelNumber);
                return builder.build();
              });
        })
        .withoutEdgeCases();
  }

  // ---------------------------------------------------------------------------------------------
  // decisions

  /**
   * Generates legal bases: coverage rows (instrument and period), reference rows and citations, of
   * every data quality, with {@code unverified:}/{@code proxy:} prefixes on the source to match.
   *
   * @return legal bases
   */
  public static Arbitrary<LegalBasis> legalBases() {
    return Combinators.combine(
            Arbitraries.of(Instrument.class).optional(0.6), validityPeriods().optional(0.7), texts(),
            texts(), Arbitraries.of(DataQuality.class))
        .as((instrument, period, basis, source, quality) -> legalBasis(instrument, period, basis,
            source, quality));
  }

  /**
   * Generates reasons with 0-3 legal bases, sometimes about one country.
   *
   * @return reasons
   */
  public static Arbitrary<Reason> reasons() {
    return Combinators.combine(
            ruleIds(), Arbitraries.of(Outcome.class), texts(), countries().optional(0.5),
            legalBases().list().ofMaxSize(3))
        .as((ruleId, outcome, message, country, bases) -> Reason.builder()
            .ruleId(ruleId)
            .outcome(outcome)
            .message(message)
            .country(country)
            .addAllLegalBases(bases)
            .build());
  }

  /**
   * Generates decisions of every outcome with 0-4 reasons.
   *
   * @return decisions
   */
  public static Arbitrary<Decision> decisions() {
    return Combinators.combine(Arbitraries.of(Outcome.class), reasons().list().ofMaxSize(4))
        .as(Decision::of);
  }

  /**
   * Generates country decisions that respect their invariants: instruments non-empty exactly when
   * the outcome is {@code YES}; accepted qualities non-empty; every coverage row's period encloses
   * the days the decision holds and its quality is accepted; some decisions are open-ended on one
   * side and then cite no coverage. Rows set aside are arbitrary.
   *
   * @return country decisions
   */
  public static Arbitrary<CountryDecision> countryDecisions() {
    return dates().flatMap(ModelArbitraries::countryDecisionsOn).withoutEdgeCases();
  }

  /**
   * Generates country decisions, as {@link #countryDecisions()} does, that hold on a date.
   *
   * @param date  the date every decision holds on
   * @return country decisions that hold on {@code date}
   */
  public static Arbitrary<CountryDecision> countryDecisionsOn(LocalDate date) {
    Arbitrary<Set<DataQuality>> accepted =
        Arbitraries.subsetOf(DataQuality.values()).ofMinSize(1);
    return Combinators.combine(countries(), Arbitraries.integers().between(0, 2000),
            Arbitraries.integers().between(0, 2000), Arbitraries.integers().between(0, 9),
            Arbitraries.of(Outcome.class), Arbitraries.subsetOf(Instrument.values()).ofMinSize(1),
            accepted)
        .flatAs((country, before, after, shape, outcome, instruments, qualities) -> {
          // shape 0: open before, 1: open after, otherwise a closed span that rows may enclose
          LocalDate from = date.minusDays(before);
          LocalDate until = date.plusDays(after);
          Optional<LocalDate> holdsFrom = shape == 0 ? Optional.empty() : Optional.of(from);
          Optional<LocalDate> holdsUntil = shape == 1 ? Optional.empty() : Optional.of(until);
          Arbitrary<List<LegalBasis>> coverage = shape <= 1 ? Arbitraries.just(List.of())
              : coveringBases(from, until, qualities).list().ofMaxSize(3);
          return Combinators.combine(coverage, legalBases().list().ofMaxSize(2),
                  reasons().list().ofMaxSize(3))
              .as((rows, setAside, reasons) -> CountryDecision.builder()
                  .country(country)
                  .holdsFrom(holdsFrom)
                  .holdsUntil(holdsUntil)
                  .outcome(outcome)
                  .addAllInstruments(outcome == Outcome.YES ? instruments : Set.of())
                  .addAllAcceptedQualities(qualities)
                  .addAllCoverage(rows)
                  .addAllSetAside(setAside)
                  .addAllReasons(reasons)
                  .build());
        });
  }

  /**
   * Generates request decisions with 0-3 country decisions that hold on the request's date, and
   * 0-3 reasons.
   *
   * @return request decisions
   */
  public static Arbitrary<RequestDecision> requestDecisions() {
    return dates().flatMap(date -> Combinators.combine(Arbitraries.of(Outcome.class),
            countryDecisionsOn(date).list().ofMaxSize(3), reasons().list().ofMaxSize(3))
        .as((outcome, countries, reasons) -> RequestDecision.builder()
            .date(date)
            .outcome(outcome)
            .addAllCountries(countries)
            .addAllReasons(reasons)
            .build()));
  }


  // ---------------------------------------------------------------------------------------------
  // lifecycle history

  /**
   * Generates the history of an Action whose status is {@code status}: empty about half the time,
   * otherwise 1-4 transitions with any events, each {@code from} the previous {@code to}, dates
   * that never decrease, and a last {@code to} equal to {@code status}. The transitions need not
   * follow the lifecycle (that is a rule, not an invariant).
   *
   * @param status  the state the history must lead to, not null
   * @return histories, oldest transition first
   */
  public static Arbitrary<List<StatusChange>> histories(ActionStatus status) {
    Arbitrary<List<StatusChange>> some = Arbitraries.integers().between(1, 4).flatMap(n -> Combinators.combine(
            Arbitraries.of(ActionStatus.class).list().ofSize(n),
            Arbitraries.of(LifecycleEvent.class).list().ofSize(n),
            dates().list().ofSize(n))
        .as((froms, events, days) -> {
          List<LocalDate> sorted = days.stream().sorted().toList();
          List<StatusChange> history = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            ActionStatus from = i == 0 ? froms.get(0) : history.get(i - 1).to();
            ActionStatus to = i == n - 1 ? status : froms.get(i + 1);
            LifecycleEvent event = events.get(i);
            history.add(StatusChange.builder().event(event).from(from).to(to).date(sorted.get(i))
                .reason(event.needsReason() ? Optional.of("steering committee decision") : Optional.empty())
                .build());
          }
          return List.copyOf(history);
        }));
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<StatusChange>of())), Tuple.of(1, some));
  }

  // ---------------------------------------------------------------------------------------------
  // assessments

  /**
   * Generates findings of every severity, with a JSON Pointer path (sometimes the root {@code ""})
   * and 0-2 citations.
   *
   * @return findings
   */
  public static Arbitrary<Finding> findings() {
    Arbitrary<String> paths = Arbitraries.of("", "/partnerCountries/1", "/activities/0/type", "/history/2/date",
        "/requestingBody/kind", "/a~1b~0c");
    return Combinators.combine(ruleIds(), Arbitraries.of(Severity.class), paths, texts(), countries().optional(0.3),
            legalBases().list().ofMaxSize(2))
        .as((ruleId, severity, path, message, country, citations) -> Finding.builder()
            .ruleId(ruleId).severity(severity).path(path).message(message).country(country)
            .addAllLegalBases(citations).build());
  }

  /**
   * Generates assessments of 0-5 findings.
   *
   * @return assessments
   */
  public static Arbitrary<Assessment> assessments() {
    return findings().list().ofMaxSize(5).map(f -> Assessment.builder().addAllFindings(f).build());
  }

  // ---------------------------------------------------------------------------------------------
  // good practice

  /**
   * Generates evidence of every kind, sometimes dated.
   *
   * @return evidence
   */
  public static Arbitrary<Evidence> evidence() {
    return evidenceOf(Arbitraries.of(EvidenceKind.class));
  }

  /**
   * Generates case studies: a number 1-16, an Action, 1-5 credited characteristics each backed by
   * at least one piece of evidence, and sometimes evidence of characteristics not credited.
   *
   * @return case studies
   */
  public static Arbitrary<CaseStudy> caseStudies() {
    return Combinators.combine(Arbitraries.integers().between(1, 16), texts(), actions(),
            Arbitraries.subsetOf(GoodPracticeCharacteristic.values()).ofMinSize(1).ofMaxSize(5), texts())
        .flatAs((number, title, action, credited, source) -> {
          List<EvidenceKind> in = new ArrayList<>();
          List<EvidenceKind> out = new ArrayList<>();
          for (EvidenceKind kind : EvidenceKind.values()) {
            (credited.contains(kind.characteristic()) ? in : out).add(kind);
          }
          List<Arbitrary<Evidence>> backing = credited.stream().sorted()
              .map(c -> evidenceOf(Arbitraries.of(EvidenceKind.of(c)))).toList();
          Arbitrary<List<Evidence>> notCredited = out.isEmpty() ? Arbitraries.just(List.of())
              : evidenceOf(Arbitraries.of(out)).list().ofMaxSize(2);
          return Combinators.combine(Combinators.combine(backing).as(List::copyOf),
                  evidenceOf(Arbitraries.of(in)).list().ofMaxSize(3), notCredited)
              .as((required, extra, others) -> CaseStudy.builder()
                  .number(number).title(title).action(action)
                  .addAllEvidence(required).addAllEvidence(extra).addAllEvidenceNotCredited(others)
                  .addAllCredited(credited).source(source).build());
        })
        .withoutEdgeCases();
  }

  /**
   * Generates assessments of one characteristic, of any characteristic and status.
   *
   * @return characteristic assessments
   */
  public static Arbitrary<CharacteristicAssessment> characteristicAssessments() {
    return Arbitraries.of(GoodPracticeCharacteristic.class).flatMap(ModelArbitraries::characteristicAssessments);
  }

  /**
   * Generates good-practice assessments of generated Actions: the ten characteristics in order,
   * each met, not met or not assessed with weights 0-3, a threshold 0-12 and the outcome that
   * follows from them, and 0-3 reasons.
   *
   * @return good-practice assessments
   */
  public static Arbitrary<GoodPracticeAssessment> goodPracticeAssessments() {
    List<Arbitrary<CharacteristicAssessment>> each = Arrays.stream(GoodPracticeCharacteristic.values())
        .map(ModelArbitraries::characteristicAssessments).toList();
    return Combinators.combine(actions(), Combinators.combine(each).as(List::copyOf),
            Arbitraries.integers().between(0, 12), reasons().list().ofMaxSize(3))
        .as((action, characteristics, threshold, reasons) -> {
          int assessed = 0;
          int weighted = 0;
          for (CharacteristicAssessment c : characteristics) {
            assessed += c.status() == AssessmentStatus.NOT_ASSESSED ? 0 : 1;
            weighted += c.isMet() ? c.weight() : 0;
          }
          Outcome outcome = assessed == 0 ? Outcome.UNDETERMINED
              : weighted >= threshold ? Outcome.YES : Outcome.NO;
          return GoodPracticeAssessment.builder()
              .action(action).addAllCharacteristics(characteristics).candidateThreshold(threshold)
              .outcome(outcome).addAllReasons(reasons).build();
        })
        .withoutEdgeCases();
  }

  // ---------------------------------------------------------------------------------------------
  // roster

  /**
   * Generates evaluations of a deployment, scores 1-5.
   *
   * @return deployment evaluations
   */
  public static Arbitrary<DeploymentEvaluation> deploymentEvaluations() {
    return Combinators.combine(dates(), Arbitraries.integers().between(DeploymentEvaluation.MIN_SCORE,
            DeploymentEvaluation.MAX_SCORE), texts())
        .as(DeploymentEvaluation::of);
  }

  /**
   * Generates deployments of 1-15 days, sometimes with an Action code and an evaluation made on or
   * after the last day.
   *
   * @return deployments
   */
  public static Arbitrary<Deployment> deployments() {
    return Combinators.combine(actionCodes().optional(0.6), texts(), Arbitraries.of(ActivityType.class),
            datesBetween(FIRST_DATE, LAST_DATE.minusDays(60)), Arbitraries.integers().between(0, 14),
            Arbitraries.integers().between(0, 30).optional(0.5),
            Arbitraries.integers().between(DeploymentEvaluation.MIN_SCORE, DeploymentEvaluation.MAX_SCORE),
            texts())
        .as((code, title, type, start, length, delay, score, comment) -> {
          LocalDate end = start.plusDays(length);
          return Deployment.builder()
              .actionCode(code).actionTitle(title).activityType(type).startDate(start).endDate(end)
              .evaluation(delay.map(d -> DeploymentEvaluation.of(end.plusDays(d), score, comment)))
              .build();
        });
  }

  /**
   * Generates roster entries: an expert, 0-4 sub-topics, 0-3 languages, 0-3 deployments and 0-2
   * unavailable periods, none repeated.
   *
   * @return roster entries
   */
  public static Arbitrary<RosterEntry> rosterEntries() {
    return Combinators.combine(experts(), Arbitraries.of(SubTopic.class).list().uniqueElements().ofMaxSize(4),
            Arbitraries.of("en", "fr", "es", "pt", "ar", "ru", "fil", "sw").list().uniqueElements().ofMaxSize(3),
            deployments().list().uniqueElements().ofMaxSize(3),
            validityPeriods().list().uniqueElements().ofMaxSize(2))
        .as((expert, topics, languages, deployments, unavailable) -> RosterEntry.builder()
            .expert(expert).addAllSubTopics(topics).addAllLanguages(languages)
            .addAllDeployments(deployments).addAllUnavailablePeriods(unavailable).build());
  }

  /**
   * Generates rosters of 0-4 members with distinct expert ids.
   *
   * @return rosters
   */
  public static Arbitrary<Roster> rosters() {
    return rosterEntries().list().uniqueElements(RosterEntry::id).ofMaxSize(4).map(Roster::of);
  }

  /**
   * Generates ranked candidates on their own, of any rank; inside a ranking use
   * {@link #expertRankings()}, which numbers them and puts the eligible first.
   *
   * @return ranked candidates
   */
  public static Arbitrary<RankedCandidate> rankedCandidates() {
    return Combinators.combine(Arbitraries.integers().between(1, 20), candidateParts())
        .as((rank, part) -> candidate(rank, part));
  }

  /**
   * Generates expert rankings: 0-3 activity periods and 0-5 candidates with distinct expert ids,
   * ranked 1, 2, ... with the eligible ones first.
   *
   * @return expert rankings
   */
  public static Arbitrary<ExpertRanking> expertRankings() {
    return Combinators.combine(validityPeriods().list().ofMaxSize(3),
            candidateParts().list().uniqueElements(CandidatePart::expertId).ofMaxSize(5))
        .as((dates, parts) -> {
          List<CandidatePart> ordered = parts.stream()
              .sorted(Comparator.comparing((CandidatePart p) -> !p.eligibility().isYes())).toList();
          ExpertRanking.Builder builder = ExpertRanking.builder().addAllDates(dates);
          for (int i = 0; i < ordered.size(); i++) {
            builder.addCandidate(candidate(i + 1, ordered.get(i)));
          }
          return builder.build();
        });
  }

  // ---------------------------------------------------------------------------------------------
  // monitoring and evaluation

  /**
   * Generates participants' feedback on an activity: a rating, a comment or both, and sometimes a
   * number of respondents (else the default, 1).
   *
   * @return activity feedback
   */
  public static Arbitrary<ActivityFeedback> activityFeedback() {
    return Combinators.combine(Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(1, 40).optional(0.5), dates(),
            Arbitraries.integers().between(1, 5).optional(0.6), texts().optional(0.6),
            Arbitraries.integers().between(1, 5))
        .as((index, respondents, receivedOn, rating, comment, fallback) -> {
          ActivityFeedback.Builder builder = ActivityFeedback.builder().activityIndex(index)
              .receivedOn(receivedOn).rating(rating.isEmpty() && comment.isEmpty() ? Optional.of(fallback) : rating)
              .comment(comment);
          respondents.ifPresent(builder::respondents);
          return builder.build();
        });
  }

  /**
   * Generates feedback on a whole Action from experts and local authorities: a rating, a comment or
   * both.
   *
   * @return action feedback
   */
  public static Arbitrary<ActionFeedback> actionFeedback() {
    return Combinators.combine(Arbitraries.of(ActionFeedbackSource.class), dates(),
            Arbitraries.integers().between(1, 5).optional(0.6), texts().optional(0.6),
            Arbitraries.integers().between(1, 5))
        .as((source, receivedOn, rating, comment, fallback) -> ActionFeedback.builder().source(source)
            .receivedOn(receivedOn).rating(rating.isEmpty() && comment.isEmpty() ? Optional.of(fallback) : rating)
            .comment(comment).build());
  }

  /**
   * Generates evaluation evidence, sometimes dated.
   *
   * @return evaluation evidence
   */
  public static Arbitrary<EvaluationEvidence> evaluationEvidence() {
    return Combinators.combine(texts(), texts(), dates().optional(0.4))
        .as((statement, source, date) -> EvaluationEvidence.builder()
            .statement(statement).source(source).date(date).build());
  }

  /**
   * Generates scores of any criterion, 1-5, with 1-3 pieces of evidence.
   *
   * @return criterion scores
   */
  public static Arbitrary<CriterionScore> criterionScores() {
    return Arbitraries.of(EvaluationCriterion.class).flatMap(ModelArbitraries::criterionScores);
  }

  /**
   * Generates evaluations of both frameworks, each scoring a subset of its framework's criteria in
   * their order, sometimes with an Action code.
   *
   * @return evaluations
   */
  public static Arbitrary<Evaluation> evaluations() {
    return Arbitraries.of(EvaluationFramework.class).flatMap(framework -> Combinators.combine(
            actionCodes().optional(0.6), texts(), dates(),
            Arbitraries.subsetOf(framework.criteria()).flatMap(criteria -> criteria.isEmpty()
                ? Arbitraries.just(List.<CriterionScore>of())
                : Combinators.combine(criteria.stream().sorted().map(ModelArbitraries::criterionScores).toList())
                    .as(List::copyOf)))
        .as((code, title, evaluatedOn, scores) -> Evaluation.builder().framework(framework).actionCode(code)
            .actionTitle(title).evaluatedOn(evaluatedOn).addAllScores(scores).build()))
        .withoutEdgeCases();
  }

  /**
   * Generates calendar reviews of every frequency.
   *
   * @return reviews
   */
  public static Arbitrary<Review> reviews() {
    return Combinators.combine(Arbitraries.of(ReviewFrequency.class), dates()).as(Review::containing);
  }

  // ---------------------------------------------------------------------------------------------
  // knowledge register

  /**
   * Generates register entries of both kinds (a case-study number exactly for case studies), with
   * URL slugs, countries, regions, years in 2009-2024, themes, characteristics, deliverable types
   * and 1-2 citations.
   *
   * @return register entries
   */
  public static Arbitrary<RegisterEntry> registerEntries() {
    Arbitrary<String> slugs = Combinators.combine(Arbitraries.integers().between(1, 999),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).list().ofMinSize(1)
                .ofMaxSize(3))
        .as((n, words) -> n + "-" + String.join("-", words));
    Arbitrary<RegisterEntry.Builder> heads = Combinators.combine(Arbitraries.of(RegisterEntryKind.class),
            Arbitraries.integers().between(1, 16), texts(), actionCodes().optional(0.5),
            slugs.list().uniqueElements().ofMaxSize(2), countries().list().uniqueElements().ofMaxSize(3),
            Arbitraries.of(Region.class).list().uniqueElements().ofMaxSize(2))
        .as((kind, number, title, code, urls, countries, regions) -> {
          RegisterEntry.Builder builder = RegisterEntry.builder().kind(kind).title(title).code(code)
              .addAllUrlSlugs(urls).addAllCountries(countries).addAllRegions(regions);
          if (kind == RegisterEntryKind.CASE_STUDY) {
            builder.caseStudyNumber(number);
          }
          return builder;
        });
    return Combinators.combine(heads, Arbitraries.integers().between(2009, 2024).optional(0.7),
            Arbitraries.integers().between(0, 5).optional(0.7), themes(1),
            Arbitraries.subsetOf(GoodPracticeCharacteristic.values()),
            Arbitraries.of(DeliverableType.class).list().uniqueElements().ofMaxSize(3),
            legalBases().list().ofMinSize(1).ofMaxSize(2))
        .as((builder, first, span, themes, characteristics, deliverables, citations) -> builder
            .firstYear(first.map(Year::of))
            .lastYear(span.map(s -> Year.of(first.orElse(2009) + s)))
            .addAllThematicAreas(themes.areas()).addAllSubTopics(themes.subTopics())
            .addAllCharacteristics(characteristics).addAllDeliverableTypes(deliverables)
            .addAllLegalBases(citations).build())
        .withoutEdgeCases();
  }

  /**
   * Generates register queries with any combination of criteria, none included.
   *
   * @return register queries
   */
  public static Arbitrary<RegisterQuery> registerQueries() {
    return Combinators.combine(Arbitraries.of(ThematicArea.class).optional(0.4),
            Arbitraries.of(SubTopic.class).optional(0.3), Arbitraries.of(Region.class).optional(0.3),
            countries().optional(0.3), Arbitraries.of(GoodPracticeCharacteristic.class).optional(0.3),
            Arbitraries.of(DeliverableType.class).optional(0.3))
        .as((area, topic, region, country, characteristic, deliverable) -> RegisterQuery.builder()
            .thematicArea(area).subTopic(topic).region(region).country(country)
            .characteristic(characteristic).deliverableType(deliverable).build());
  }

  // ---------------------------------------------------------------------------------------------
  // parts

  private record Themes(List<ThematicArea> areas, List<SubTopic> subTopics) {}

  private record ActionCore(Optional<ActionCode> code, String title, Optional<Integer> sequelNumber,
      List<Country> partners, RequestingBody authority, List<RequestingBody> others, Phase phase,
      ActionStatus status) {}

  private record CandidatePart(String expertId, Decision eligibility, int points, List<Reason> reasons) {}

  private record ActionExtras(Optional<LocalDate> receivedOn, Optional<ActionFiche> fiche,
      List<FocalPoint> focalPoints, List<Deliverable> deliverables) {}

  private static Arbitrary<Evidence> evidenceOf(Arbitrary<EvidenceKind> kinds) {
    return Combinators.combine(kinds, texts(), texts(), dates().optional(0.4))
        .as((kind, statement, source, date) -> Evidence.builder()
            .kind(kind).statement(statement).source(source).date(date).build());
  }

  private static Arbitrary<CharacteristicAssessment> characteristicAssessments(
      GoodPracticeCharacteristic characteristic) {
    Arbitrary<Evidence> evidence = evidenceOf(Arbitraries.of(EvidenceKind.of(characteristic)));
    return Combinators.combine(Arbitraries.of(AssessmentStatus.class), evidence.list().ofMaxSize(3),
            Arbitraries.integers().between(0, 3), evidence)
        .as((status, found, weight, one) -> CharacteristicAssessment.builder()
            .characteristic(characteristic)
            .status(status)
            .addAllEvidence(status == AssessmentStatus.MET && found.isEmpty() ? List.of(one) : found)
            .weight(weight)
            .build());
  }

  private static Arbitrary<CandidatePart> candidateParts() {
    Arbitrary<Decision> eligibilities = Combinators.combine(Arbitraries.of(Outcome.YES, Outcome.NO),
            reasons().list().ofMinSize(1).ofMaxSize(2))
        .as(Decision::of);
    return Combinators.combine(expertIds(), eligibilities, Arbitraries.integers().between(-20, 100),
            reasons().list().ofMaxSize(3))
        .as(CandidatePart::new);
  }

  private static RankedCandidate candidate(int rank, CandidatePart part) {
    return RankedCandidate.builder().rank(rank).expertId(part.expertId()).eligibility(part.eligibility())
        .points(part.points()).addAllReasons(part.reasons()).build();
  }

  private static Arbitrary<CriterionScore> criterionScores(EvaluationCriterion criterion) {
    return Combinators.combine(Arbitraries.integers().between(CriterionScore.MIN_SCORE, CriterionScore.MAX_SCORE),
            evaluationEvidence().list().ofMinSize(1).ofMaxSize(3), texts())
        .as((score, evidence, explanation) -> CriterionScore.builder().criterion(criterion).score(score)
            .addAllEvidence(evidence).explanation(explanation).build());
  }

  private static Arbitrary<ActionCore> actionCores() {
    return Combinators.combine(actionCodes().optional(0.6), texts(),
            Arbitraries.integers().between(1, 4).optional(0.4), partnerCountries(),
            requestingBodies(), requestingBodies().list().ofMaxSize(2), Arbitraries.of(Phase.class),
            Arbitraries.of(ActionStatus.class))
        .as(ActionCore::new);
  }

  private static Arbitrary<ActionExtras> actionExtras() {
    return Combinators.combine(dates().optional(0.5), actionFiches().optional(0.5),
            focalPoints().list().ofMaxSize(3), deliverables().list().ofMaxSize(3))
        .as(ActionExtras::new);
  }

  private static Arbitrary<List<Country>> partnerCountries() {
    return countries().list().uniqueElements().ofMinSize(1).ofMaxSize(4);
  }

  private static Arbitrary<String> acronyms() {
    return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(8);
  }

  private static Arbitrary<String> expertIds() {
    return Arbitraries.integers().between(1, 9999).map(n -> "ex-" + n);
  }

  /** Distinct thematic areas, at least {@code minAreas}, and distinct sub-topics under them. */
  private static Arbitrary<Themes> themes(int minAreas) {
    return Arbitraries.of(ThematicArea.class).list().uniqueElements().ofMinSize(minAreas).ofMaxSize(3)
        .flatMap(areas -> {
          List<SubTopic> allowed = new ArrayList<>();
          areas.forEach(area -> allowed.addAll(TOPICS_BY_AREA.get(area)));
          if (allowed.isEmpty()) {
            return Arbitraries.just(new Themes(areas, List.of()));
          }
          return Arbitraries.of(allowed).list().uniqueElements().ofMaxSize(4)
              .map(topics -> new Themes(areas, topics));
        });
  }

  /**
   * Activities inside {@code [start, end]} (up to {@code start + 2000} days when there is no end)
   * whose expert ids are drawn from {@code ids}.
   */
  private static Arbitrary<Activity> activitiesWithin(LocalDate start, Optional<LocalDate> end,
      List<String> ids) {
    LocalDate last = end.orElse(min(start.plusDays(2000), LAST_DATE));
    long span = last.toEpochDay() - start.toEpochDay();
    Arbitrary<List<String>> experts = ids.isEmpty()
        ? Arbitraries.just(List.of())
        : Arbitraries.of(ids).list().uniqueElements().ofMaxSize(Math.min(3, ids.size()));
    return Combinators.combine(
            Arbitraries.of(ActivityType.class), texts().optional(0.6),
            Arbitraries.longs().between(0, span), Arbitraries.longs().between(0, 14),
            countries().optional(0.6), experts)
        .as((type, title, offset, length, location, expertIds) -> {
          LocalDate from = start.plusDays(offset);
          LocalDate to = min(from.plusDays(length), last);
          return Activity.builder()
              .type(type)
              .title(title)
              .startDate(from)
              .endDate(to)
              .location(location)
              .addAllExpertIds(expertIds)
              .build();
        });
  }

  /** Legal bases whose period contains {@code date} and whose quality is one of {@code qualities}. */
  private static Arbitrary<LegalBasis> coveringBases(LocalDate first, LocalDate last,
      Set<DataQuality> qualities) {
    return Combinators.combine(
            Arbitraries.of(Instrument.class).optional(0.8),
            Arbitraries.integers().between(0, 3000), Arbitraries.integers().between(0, 3000),
            texts(), texts(), Arbitraries.of(qualities))
        .as((instrument, before, after, basis, source, quality) -> legalBasis(instrument,
            Optional.of(ValidityPeriod.of(first.minusDays(before), last.plusDays(after))),
            basis, source, quality));
  }

  private static LegalBasis legalBasis(Optional<Instrument> instrument,
      Optional<ValidityPeriod> period, String basis, String source, DataQuality quality) {
    String prefixed = switch (quality) {
      case VERIFIED -> source;
      case UNVERIFIED -> "unverified: " + source;
      case PROXY -> "proxy: " + source;
    };
    return LegalBasis.builder()
        .instrument(instrument)
        .period(period)
        .basis(basis)
        .source(prefixed)
        .quality(quality)
        .build();
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? b : a;
  }

  private static Map<ThematicArea, List<SubTopic>> topicsByArea() {
    Map<ThematicArea, List<SubTopic>> byArea = new EnumMap<>(ThematicArea.class);
    for (ThematicArea area : ThematicArea.values()) {
      byArea.put(area, Arrays.stream(SubTopic.values()).filter(t -> t.area() == area).toList());
    }
    return byArea;
  }
}
