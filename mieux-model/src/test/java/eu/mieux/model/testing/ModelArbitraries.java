package eu.mieux.model.testing;

import eu.mieux.model.Phase;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.action.Action;
import eu.mieux.model.action.ActionCode;
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
        Tuple.of(1, Arbitraries.of(EMOJI)));
    return word.list().ofMinSize(1).ofMaxSize(5)
        .map(words -> String.join(" ", words))
        .filter(s -> !s.isBlank());
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
            requestingBodies(), partnerCountries(), dates(), Arbitraries.of(Channel.class),
            themes(0), texts(), actionCodes().optional(0.3))
        .as((body, partners, receivedOn, channel, themes, description, followUpOf) ->
            Request.builder()
                .requestingBody(body)
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
   * request date, fiche, other authorities, focal points and deliverables.
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
          return activitiesWithin(start, end, ids).list().ofMaxSize(9)
              .map(activities -> {
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
                    .addAllDeliverables(extras.deliverables());
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
   * the outcome is {@code YES}; accepted qualities non-empty; every coverage row's period contains
   * the date and its quality is accepted. Rows set aside are arbitrary.
   *
   * @return country decisions
   */
  public static Arbitrary<CountryDecision> countryDecisions() {
    Arbitrary<Set<DataQuality>> accepted =
        Arbitraries.subsetOf(DataQuality.values()).ofMinSize(1);
    return Combinators.combine(countries(), dates(), Arbitraries.of(Outcome.class),
            Arbitraries.subsetOf(Instrument.values()).ofMinSize(1), accepted)
        .flatAs((country, date, outcome, instruments, qualities) -> Combinators.combine(
                coveringBases(date, qualities).list().ofMaxSize(3),
                legalBases().list().ofMaxSize(2),
                reasons().list().ofMaxSize(3))
            .as((coverage, setAside, reasons) -> CountryDecision.builder()
                .country(country)
                .date(date)
                .outcome(outcome)
                .addAllInstruments(outcome == Outcome.YES ? instruments : Set.of())
                .addAllAcceptedQualities(qualities)
                .addAllCoverage(coverage)
                .addAllSetAside(setAside)
                .addAllReasons(reasons)
                .build()))
        .withoutEdgeCases();
  }

  /**
   * Generates request decisions with 0-3 country decisions and 0-3 reasons.
   *
   * @return request decisions
   */
  public static Arbitrary<RequestDecision> requestDecisions() {
    return Combinators.combine(dates(), Arbitraries.of(Outcome.class),
            countryDecisions().list().ofMaxSize(3), reasons().list().ofMaxSize(3))
        .as((date, outcome, countries, reasons) -> RequestDecision.builder()
            .date(date)
            .outcome(outcome)
            .addAllCountries(countries)
            .addAllReasons(reasons)
            .build());
  }

  // ---------------------------------------------------------------------------------------------
  // parts

  private record Themes(List<ThematicArea> areas, List<SubTopic> subTopics) {}

  private record ActionCore(Optional<ActionCode> code, String title, Optional<Integer> sequelNumber,
      List<Country> partners, RequestingBody authority, List<RequestingBody> others, Phase phase,
      ActionStatus status) {}

  private record ActionExtras(Optional<LocalDate> receivedOn, Optional<ActionFiche> fiche,
      List<FocalPoint> focalPoints, List<Deliverable> deliverables) {}

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
  private static Arbitrary<LegalBasis> coveringBases(LocalDate date, Set<DataQuality> qualities) {
    return Combinators.combine(
            Arbitraries.of(Instrument.class).optional(0.8),
            Arbitraries.integers().between(0, 3000), Arbitraries.integers().between(0, 3000),
            texts(), texts(), Arbitraries.of(qualities))
        .as((instrument, before, after, basis, source, quality) -> legalBasis(instrument,
            Optional.of(ValidityPeriod.of(date.minusDays(before), date.plusDays(after))),
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
