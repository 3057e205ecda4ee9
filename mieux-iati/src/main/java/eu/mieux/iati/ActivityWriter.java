package eu.mieux.iati;

import eu.mieux.model.ActionCode;
import eu.mieux.model.action.Action;
import eu.mieux.model.action.ActionFiche;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.Deliverable;
import eu.mieux.model.country.Country;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.CrsPurposeCode;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes one Action as an {@code iati-activity}, its elements in the order of the IATI 2.03 schema.
 * The Action has passed the exporter's checks: it has a code, and its texts are XML characters.
 */
final class ActivityWriter {

  /** SDG target 10.7, tag vocabulary 3. */
  static final String SDG_TARGET = "10.7";

  private static final String SDG_TARGET_TEXT = "Facilitate orderly, safe, regular and responsible "
      + "migration and mobility of people, including through the implementation of planned and "
      + "well-managed migration policies";

  private final IatiSettings settings;
  private final LocalDate asOf;
  private final String lastUpdated;
  private final IndentedXml xml;

  ActivityWriter(IatiSettings settings, LocalDate asOf, Instant generatedAt, IndentedXml xml) {
    this.settings = settings;
    this.asOf = asOf;
    this.lastUpdated = generatedAt.toString();
    this.xml = xml;
  }

  /**
   * Gets the {@code iati-identifier} of an Action: the reporting organisation's ref, a hyphen and
   * the Action code.
   */
  static String identifier(IatiSettings settings, ActionCode code) {
    return settings.reportingOrganisation().ref() + "-" + code;
  }

  /**
   * Gets the {@code activity-status} code of a lifecycle state: pipeline 1 up to approval,
   * implementation 2, finalisation 3 during evaluation, closed 4, cancelled 5 when declined or
   * withdrawn, suspended 6 on hold (R-LC14).
   */
  static String statusCode(ActionStatus status) {
    return switch (status) {
      case REQUEST_RECEIVED, FICHE_DRAFTED, ADAPTED_TO_PRIORITIES, APPROVED -> "1";
      case IN_IMPLEMENTATION -> "2";
      case IN_EVALUATION -> "3";
      case CLOSED -> "4";
      case DECLINED, WITHDRAWN -> "5";
      case ON_HOLD -> "6";
    };
  }

  /**
   * Gets the {@code activity-scope} code: 2 regional for a regional organisation's Action, 3
   * multi-national for several countries, 4 national otherwise.
   */
  static String scopeCode(Action action) {
    if (action.requestingAuthority().kind() == RequesterKind.REGIONAL_ORGANISATION) {
      return "2";
    }
    return action.partnerCountries().size() > 1 ? "3" : "4";
  }

  void write(Action action, List<String> siblings) {
    ActionCode code = action.code().orElseThrow();
    xml.start("iati-activity")
        .language(settings.language())
        .attribute("default-currency", settings.currency())
        .attribute("hierarchy", Integer.toString(settings.hierarchy()))
        .attribute("last-updated-datetime", lastUpdated);
    xml.start("iati-identifier").text(identifier(settings, code)).end();
    organisation("reporting-org", settings.reportingOrganisation(), null);
    xml.withNarrative("title", title(action));
    descriptions(action);
    participatingOrganisations(action);
    xml.start("other-identifier").attribute("ref", code.toString()).attribute("type", "A1");
    xml.start("owner-org").attribute("ref", settings.reportingOrganisation().ref())
        .narrative(settings.reportingOrganisation().name()).end();
    xml.end();
    xml.empty("activity-status").attribute("code", statusCode(action.status()));
    dates(action);
    xml.empty("activity-scope").attribute("code", scopeCode(action));
    recipientCountries(action);
    sectors(action);
    xml.start("tag").attribute("vocabulary", "3").attribute("code", SDG_TARGET)
        .narrative(SDG_TARGET_TEXT).end();
    xml.empty("collaboration-type").attribute("code", "1");
    xml.empty("default-flow-type").attribute("code", "10");
    xml.empty("default-finance-type").attribute("code", "110");
    xml.empty("default-aid-type").attribute("code", "D02").attribute("vocabulary", "1");
    settings.documentBase().ifPresent(base -> documentLinks(action, code, base));
    Optional.ofNullable(settings.phaseParents().get(action.phase())).ifPresent(parent ->
        xml.empty("related-activity").attribute("ref", parent).attribute("type", "1"));
    for (String sibling : siblings) {
      xml.empty("related-activity").attribute("ref", sibling).attribute("type", "3");
    }
    results(action);
    xml.end();
  }

  private void organisation(String element, IatiOrganisation organisation, String role) {
    xml.start(element);
    if (role != null) {
      xml.attribute("role", role);
    }
    xml.attribute("ref", organisation.ref()).attribute("type", organisation.type().code())
        .narrative(organisation.name()).end();
  }

  static String title(Action action) {
    return action.sequelNumber() > 1 ? action.title() + " (" + roman(action.sequelNumber()) + ")"
        : action.title();
  }

  private void descriptions(Action action) {
    xml.start("description").attribute("type", "1").narrative(generalDescription(action)).end();
    action.fiche().flatMap(ActionFiche::interventionLogic).ifPresent(logic ->
        xml.start("description").attribute("type", "2").narrative(logic).end());
    xml.start("description").attribute("type", "3").narrative(targetGroups(action)).end();
  }

  private static String generalDescription(Action action) {
    StringBuilder text = new StringBuilder("MIEUX Action ").append(action.code().orElseThrow());
    if (action.sequelNumber() > 1) {
      text.append(" (the ").append(ordinal(action.sequelNumber())).append(" in its series)");
    }
    text.append(": peer-to-peer capacity building on migration for ")
        .append(name(action.requestingAuthority()))
        .append(" in ").append(action.partnerCountries().stream().map(Country::englishName)
            .collect(Collectors.joining(", ")))
        .append(", ").append(action.phase().label()).append(". Thematic areas: ")
        .append(action.thematicAreas().stream().map(ThematicArea::label).collect(Collectors.joining("; ")))
        .append('.');
    if (!action.subTopics().isEmpty()) {
      text.append(" Sub-topics: ")
          .append(action.subTopics().stream().map(SubTopic::label).collect(Collectors.joining("; ")))
          .append('.');
    }
    return text.toString();
  }

  private static String targetGroups(Action action) {
    StringBuilder text = new StringBuilder("Requesting authority: ")
        .append(described(action.requestingAuthority())).append('.');
    if (!action.otherAuthorities().isEmpty()) {
      text.append(" Other partner authorities: ").append(action.otherAuthorities().stream()
          .map(ActivityWriter::described).collect(Collectors.joining("; "))).append('.');
    }
    return text.toString();
  }

  private static String name(RequestingBody body) {
    return body.name() + body.acronym().map(a -> " (" + a + ")").orElse("");
  }

  private static String described(RequestingBody body) {
    return name(body) + ", " + body.kind().code().replace('_', ' ')
        + body.country().map(c -> ", " + c.englishName()).orElse("");
  }

  private void participatingOrganisations(Action action) {
    organisation("participating-org", settings.funder(), "1");
    accountable(action.requestingAuthority());
    action.otherAuthorities().forEach(this::accountable);
    organisation("participating-org", settings.extendingOrganisationOn(lastManagedDay(action)), "3");
    organisation("participating-org", settings.reportingOrganisation(), "4");
  }

  /** The day whose directorate-general is written: the Action's last day, or the as-of date if earlier. */
  private LocalDate lastManagedDay(Action action) {
    LocalDate end = action.endDate().orElse(asOf);
    return end.isBefore(asOf) ? end : asOf;
  }

  private void accountable(RequestingBody body) {
    xml.start("participating-org").attribute("role", "2")
        .attribute("type", IatiOrganisationType.of(body.kind()).code())
        .narrative(name(body)).end();
  }

  private void dates(Action action) {
    date(action.startDate(), "2", "1");
    action.endDate().ifPresent(end -> date(end, "4", "3"));
  }

  private void date(LocalDate date, String actualType, String plannedType) {
    xml.empty("activity-date").attribute("type", date.isAfter(asOf) ? plannedType : actualType)
        .attribute("iso-date", date.toString());
  }

  private void recipientCountries(Action action) {
    List<Country> countries = action.partnerCountries();
    for (int i = 0; i < countries.size(); i++) {
      xml.start("recipient-country").attribute("code", countries.get(i).alpha2())
          .attribute("percentage", Integer.toString(PercentageSplit.share(i, countries.size())))
          .narrative(countries.get(i).englishName()).end();
    }
  }

  private void sectors(Action action) {
    Set<CrsPurposeCode> codes = new LinkedHashSet<>();
    codes.add(CrsPurposeCode.MIGRATION);
    for (SubTopic topic : action.subTopics()) {
      for (CrsPurposeCode code : settings.secondarySectors().getOrDefault(topic, Set.of())) {
        if (SectorCodelist.allows(code, action.startDate())) {
          codes.add(code);
        }
      }
    }
    int i = 0;
    for (CrsPurposeCode code : codes) {
      xml.start("sector").attribute("vocabulary", "1").attribute("code", Integer.toString(code.number()))
          .attribute("percentage", Integer.toString(PercentageSplit.share(i++, codes.size())))
          .narrative(code.title()).end();
    }
    List<ThematicArea> areas = action.thematicAreas();
    for (int a = 0; a < areas.size(); a++) {
      ownSector("99", settings.thematicAreaVocabulary(), areas.get(a).code(),
          PercentageSplit.share(a, areas.size()), areas.get(a).label());
    }
    List<SubTopic> topics = action.subTopics();
    for (int t = 0; t < topics.size(); t++) {
      ownSector("98", settings.subTopicVocabulary(), topics.get(t).code(),
          PercentageSplit.share(t, topics.size()), topics.get(t).label());
    }
  }

  private void ownSector(String vocabulary, URI uri, String code, int percentage, String label) {
    xml.start("sector").attribute("vocabulary", vocabulary).attribute("vocabulary-uri", uri.toString())
        .attribute("code", code).attribute("percentage", Integer.toString(percentage))
        .narrative(label).end();
  }

  private void documentLinks(Action action, ActionCode code, URI base) {
    String page = base.resolve(code.toString()).toString();
    xml.start("document-link").attribute("url", page).attribute("format", "text/html")
        .withNarrative("title", "MIEUX Action " + code + ": " + action.title());
    xml.empty("category").attribute("code", "A12");
    xml.end();
    for (Deliverable deliverable : action.deliverables()) {
      xml.start("document-link").attribute("url", page).attribute("format", "text/html")
          .withNarrative("title", deliverable.title())
          .withNarrative("description", capitalised(deliverable.type().code().replace('_', ' ')));
      xml.empty("category").attribute("code", "A08");
      deliverable.adoptedOn().ifPresent(day ->
          xml.empty("document-date").attribute("iso-date", day.toString()));
      xml.end();
    }
  }

  private void results(Action action) {
    if (action.startDate().isAfter(asOf)) {
      return;
    }
    LocalDate periodEnd = lastManagedDay(action);
    if (!action.activities().isEmpty()) {
      long delivered = action.activities().stream().map(Activity::endDate).filter(d -> !d.isAfter(asOf))
          .count();
      Optional<Integer> planned = action.fiche().map(f -> f.plannedActivities().size()).filter(n -> n > 0);
      result("1", "Activities delivered", "Activities of the Action carried out by the as-of date",
          action.startDate(), periodEnd, planned, delivered);
    }
    if (!action.deliverables().isEmpty()) {
      long adopted = action.deliverables().stream().map(Deliverable::adoptedOn)
          .filter(d -> d.isPresent() && !d.get().isAfter(asOf)).count();
      result("2", "Deliverables adopted", "Deliverables whose adoption or validation by the partner is recorded",
          action.startDate(), periodEnd, Optional.of(action.deliverables().size()), adopted);
    }
  }

  private void result(String type, String title, String indicator, LocalDate start, LocalDate end,
      Optional<Integer> target, long actual) {
    xml.start("result").attribute("type", type).withNarrative("title", title);
    xml.start("indicator").attribute("measure", "1").attribute("ascending", "true")
        .withNarrative("title", indicator);
    xml.start("period");
    xml.empty("period-start").attribute("iso-date", start.toString());
    xml.empty("period-end").attribute("iso-date", end.toString());
    target.ifPresent(value -> xml.empty("target").attribute("value", value.toString()));
    xml.empty("actual").attribute("value", Long.toString(actual));
    xml.end().end().end();
  }

  /** The siblings of every Action: the identifiers of the previous and next Actions of its series. */
  static Map<Action, List<String>> siblings(IatiSettings settings, List<Action> actions) {
    Map<List<Object>, Map<Integer, String>> series = new java.util.HashMap<>();
    for (Action action : actions) {
      series.computeIfAbsent(seriesKey(action), k -> new java.util.HashMap<>())
          .put(action.sequelNumber(), identifier(settings, action.code().orElseThrow()));
    }
    Map<Action, List<String>> siblings = new java.util.IdentityHashMap<>();
    for (Action action : actions) {
      Map<Integer, String> members = series.get(seriesKey(action));
      List<String> related = new ArrayList<>(2);
      Optional.ofNullable(members.get(action.sequelNumber() - 1)).ifPresent(related::add);
      Optional.ofNullable(members.get(action.sequelNumber() + 1)).ifPresent(related::add);
      siblings.put(action, related);
    }
    return siblings;
  }

  private static List<Object> seriesKey(Action action) {
    return List.of(action.requestingAuthority(), Set.copyOf(action.partnerCountries()));
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  private static String ordinal(int n) {
    int tens = n % 100;
    String suffix = tens >= 11 && tens <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  /** Roman numerals up to 3999, as the programme names sequels ("Costa Rica II"); digits above. */
  static String roman(int n) {
    if (n >= 4000) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder text = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        text.append(symbols[i]);
        rest -= values[i];
      }
    }
    return text.toString();
  }
}
