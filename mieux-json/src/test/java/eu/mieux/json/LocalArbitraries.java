package eu.mieux.json;

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
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * JSON-minded generators of valid model values, beside the model's {@code ModelArbitraries}:
 * a second source with JSON in mind:
 * strings with quotes, escapes and non-ASCII letters, every optional present or absent.
 */
final class LocalArbitraries {

  private LocalArbitraries() {}

  static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
        .withChars(' ', '"', '\\', '/', '~', '\n', '\t', 'é', 'ñ', 'Å', '\u2028', '€')
        .ofMinLength(1).ofMaxLength(24).filter(s -> !s.isBlank());
  }

  static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
    return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  static Arbitrary<LocalDate> dates() {
    return dates(LocalDate.of(2008, 12, 1), LocalDate.of(2024, 4, 30));
  }

  static Arbitrary<ActionCode> actionCodes() {
    return Combinators.combine(Arbitraries.integers().between(2008, 2099), Arbitraries.integers().between(1, 99))
        .as(ActionCode::of);
  }

  static Arbitrary<RequestingBody> bodies() {
    return Combinators.combine(text(), text().optional(), Arbitraries.of(RequesterKind.class),
        Arbitraries.of(Country.class).optional()).as((name, acronym, kind, country) -> {
          RequestingBody.Builder b = RequestingBody.builder().name(name).kind(kind);
          acronym.ifPresent(b::acronym);
          if (country.isPresent()) {
            b.country(country.get());
          } else if (kind != RequesterKind.REGIONAL_ORGANISATION) {
            b.country(Country.PH);
          }
          return b.build();
        });
  }

  /** Areas, not empty unless allowed, and sub-topics under them. */
  private static Arbitrary<List<List<?>>> themes(int minAreas) {
    return Arbitraries.subsetOf(ThematicArea.values()).ofMinSize(minAreas).flatMap(areas -> {
      List<SubTopic> candidates = Stream.of(SubTopic.values()).filter(t -> areas.contains(t.area()))
          .collect(Collectors.toList());
      List<ThematicArea> areaList = new ArrayList<>(areas);
      Arbitrary<List<SubTopic>> topics = candidates.isEmpty()
          ? Arbitraries.just(List.of())
          : Arbitraries.subsetOf(candidates).ofMaxSize(4).map(ArrayList::new);
      return topics.map(t -> List.of(areaList, t));
    });
  }

  @SuppressWarnings("unchecked")
  static Arbitrary<Request> requests() {
    return Combinators.combine(bodies(), Arbitraries.of(Country.class).set().ofMinSize(1).ofMaxSize(4),
        dates(), Arbitraries.of(Channel.class), themes(0), text(), actionCodes().optional())
        .as((body, countries, received, channel, themes, description, followUp) -> {
          Request.Builder b = Request.builder().addRequestingBody(body).addAllPartnerCountries(countries)
              .receivedOn(received).channel(channel)
              .addAllThematicAreas((List<ThematicArea>) themes.get(0))
              .addAllSubTopics((List<SubTopic>) themes.get(1)).description(description);
          followUp.ifPresent(b::followUpOf);
          return b.build();
        });
  }

  static Arbitrary<Expert> expert(String id) {
    return Combinators.combine(text().optional(), Arbitraries.of(ExpertOrigin.class),
        Arbitraries.of(ExpertProfile.class), Arbitraries.of(Country.class).optional(), text().optional())
        .as((name, origin, profile, nationality, institution) -> {
          Expert.Builder b = Expert.builder().id(id).origin(origin).profile(profile);
          name.ifPresent(b::name);
          nationality.ifPresent(b::nationality);
          institution.ifPresent(b::institution);
          return b.build();
        });
  }

  static Arbitrary<Activity> activity(LocalDate start, LocalDate end, List<String> expertIds) {
    Arbitrary<List<LocalDate>> period = dates(start, end).list().ofSize(2)
        .map(d -> d.get(0).isAfter(d.get(1)) ? List.of(d.get(1), d.get(0)) : d);
    Arbitrary<List<String>> ids = expertIds.isEmpty() ? Arbitraries.just(List.of())
        : Arbitraries.subsetOf(expertIds).map(ArrayList::new);
    return Combinators.combine(Arbitraries.of(ActivityType.class), text().optional(), period,
        Arbitraries.of(Country.class).optional(), ids).as((type, title, p, location, experts) -> {
          Activity.Builder b = Activity.builder().type(type).startDate(p.get(0)).endDate(p.get(1))
              .addAllExpertIds(experts);
          title.ifPresent(b::title);
          location.ifPresent(b::location);
          return b.build();
        });
  }

  static Arbitrary<ActionFiche> fiches() {
    return Builders.withBuilder(ActionFiche::builder)
        .use(Arbitraries.subsetOf(FicheParty.values())).in((b, v) -> b.addAllDraftedBy(v))
        .use(text().optional()).in((b, v) -> v.map(b::interventionLogic).orElse(b))
        .use(text().optional()).in((b, v) -> v.map(b::institutionalFramework).orElse(b))
        .use(Arbitraries.of(ActivityType.class).list().ofMaxSize(4)).in((b, v) -> b.addAllPlannedActivities(v))
        .use(Arbitraries.subsetOf(CapacityLevel.values())).in((b, v) -> b.addAllCapacityLevels(v))
        .build(ActionFiche.Builder::build);
  }

  static Arbitrary<Deliverable> deliverables() {
    return Combinators.combine(Arbitraries.of(DeliverableType.class), text(), dates().optional())
        .as((type, title, adopted) -> {
          Deliverable.Builder b = Deliverable.builder().type(type).title(title);
          adopted.ifPresent(b::adoptedOn);
          return b.build();
        });
  }

  static Arbitrary<FocalPoint> focalPoints() {
    return Combinators.combine(text(), text(), text().optional()).as((id, institution, profile) -> {
      FocalPoint.Builder b = FocalPoint.builder().personId(id).institution(institution);
      profile.ifPresent(b::profile);
      return b.build();
    });
  }

  @SuppressWarnings("unchecked")
  static Arbitrary<Action> actions() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 2000), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 5)).flatAs((start, length, ongoing, expertCount) -> {
          LocalDate end = start.plusDays(length);
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < expertCount; i++) {
            ids.add("expert-" + i);
          }
          Arbitrary<List<Expert>> experts = Combinators.combine(
              ids.stream().map(LocalArbitraries::expert).collect(Collectors.toList())).as(list -> list);
          return Builders.withBuilder(() -> Action.builder().startDate(start))
              .use(actionCodes().optional()).in((b, v) -> v.map(b::code).orElse(b))
              .use(text()).in((b, v) -> b.title(v))
              .use(Arbitraries.integers().between(1, 5)).in((b, v) -> b.sequelNumber(v))
              .use(Arbitraries.of(Country.class).set().ofMinSize(1).ofMaxSize(4)).in((b, v) -> b.addAllPartnerCountries(v))
              .use(bodies()).in((b, v) -> b.requestingAuthority(v))
              .use(bodies().list().ofMaxSize(2)).in((b, v) -> b.addAllOtherAuthorities(v))
              .use(themes(1)).in((b, v) -> b.addAllThematicAreas((List<ThematicArea>) v.get(0))
                  .addAllSubTopics((List<SubTopic>) v.get(1)))
              .use(Arbitraries.of(Phase.class)).in((b, v) -> b.phase(v))
              .use(dates().optional()).in((b, v) -> v.map(b::requestReceivedOn).orElse(b))
              .use(Arbitraries.of(ActionStatus.class)).in((b, v) -> b.status(v))
              .use(fiches().optional()).in((b, v) -> v.map(b::fiche).orElse(b))
              .use(activity(start, end, ids).list().ofMaxSize(7)).in((b, v) -> b.addAllActivities(v))
              .use(experts).in((b, v) -> b.addAllExperts(v))
              .use(focalPoints().list().ofMaxSize(2)).in((b, v) -> b.addAllFocalPoints(v))
              .use(deliverables().list().ofMaxSize(3)).in((b, v) -> b.addAllDeliverables(v))
              .build(b -> ongoing ? b.build() : b.endDate(end).build());
        });
  }

  static Arbitrary<LegalBasis> legalBases() {
    return legalBases(Arbitraries.of(ValidityPeriod.parse("2014-01-01/2020-12-31"),
        ValidityPeriod.parse("2007-01-01/2013-12-31")).optional(), Arbitraries.of(DataQuality.class));
  }

  static Arbitrary<LegalBasis> legalBases(Arbitrary<java.util.Optional<ValidityPeriod>> periods,
      Arbitrary<DataQuality> qualities) {
    return Combinators.combine(Arbitraries.of(Instrument.class).optional(), periods, text(), text(), qualities)
        .as((instrument, period, basis, source, quality) -> {
          LegalBasis.Builder b = LegalBasis.builder().basis(basis).source(source).quality(quality);
          instrument.ifPresent(b::instrument);
          period.ifPresent(b::period);
          return b.build();
        });
  }

  static Arbitrary<Reason> reasons() {
    return Combinators.combine(Arbitraries.of("R-EL1", "R-EL3", "A1", "M-PW1", "R-LC13").map(RuleId::of),
        Arbitraries.of(Outcome.class), text(), Arbitraries.of(Country.class).optional(),
        legalBases().list().ofMaxSize(3)).as((rule, outcome, message, country, bases) -> {
          Reason.Builder b = Reason.builder().ruleId(rule).outcome(outcome).message(message)
              .addAllLegalBases(bases);
          country.ifPresent(b::country);
          return b.build();
        });
  }

  static Arbitrary<Decision> decisions() {
    return Combinators.combine(Arbitraries.of(Outcome.class), reasons().list().ofMaxSize(3))
        .as(Decision::of);
  }

  static Arbitrary<CountryDecision> countryDecisions() {
    return dates().flatMap(LocalArbitraries::countryDecisionsOn);
  }

  /** Country decisions that hold on a date. */
  static Arbitrary<CountryDecision> countryDecisionsOn(LocalDate date) {
    return Combinators.combine(Arbitraries.of(Country.class), Arbitraries.of(Outcome.class),
        Arbitraries.subsetOf(DataQuality.values()).ofMinSize(1), Arbitraries.integers().between(0, 2))
        .flatAs((country, outcome, accepted, shape) -> {
          // shape 0: open before, 1: open after (both cite no coverage), 2: the days around date
          java.util.Optional<LocalDate> from = shape == 0 ? java.util.Optional.empty()
              : java.util.Optional.of(date.minusDays(10));
          java.util.Optional<LocalDate> until = shape == 1 ? java.util.Optional.empty()
              : java.util.Optional.of(date.plusDays(10));
          Arbitrary<java.util.Optional<ValidityPeriod>> containing =
              Arbitraries.just(java.util.Optional.of(ValidityPeriod.of(date.minusDays(30), date.plusDays(30))));
          Arbitrary<List<Instrument>> instruments = outcome == Outcome.YES
              ? Arbitraries.subsetOf(Instrument.values()).ofMinSize(1).map(ArrayList::new)
              : Arbitraries.just(List.of());
          return Builders.withBuilder(() -> CountryDecision.builder().country(country)
                  .holdsFrom(from).holdsUntil(until).outcome(outcome).addAllAcceptedQualities(accepted))
              .use(instruments).in((b, v) -> b.addAllInstruments(v))
              .use(legalBases(containing, Arbitraries.of(accepted)).list().ofMaxSize(shape == 2 ? 2 : 0))
              .in((b, v) -> b.addAllCoverage(v))
              .use(legalBases().list().ofMaxSize(2)).in((b, v) -> b.addAllSetAside(v))
              .use(reasons().list().ofMaxSize(2)).in((b, v) -> b.addAllReasons(v))
              .build(CountryDecision.Builder::build);
        });
  }

  static Arbitrary<RequestDecision> requestDecisions() {
    return dates().flatMap(date -> Combinators.combine(Arbitraries.of(Outcome.class),
        countryDecisionsOn(date).list().ofMaxSize(3), reasons().list().ofMaxSize(2))
        .as((outcome, countries, reasons) -> RequestDecision.builder()
            .date(date).outcome(outcome).addAllCountries(countries).addAllReasons(reasons).build()));
  }

}
