package eu.mieux.iati;

import static com.google.common.base.Preconditions.checkArgument;

import eu.mieux.model.ActionCode;
import eu.mieux.model.action.Action;
import eu.mieux.model.request.RequestingBody;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Exports MIEUX Actions as IATI 2.03 activities, one {@code iati-activity} per Action in one
 * {@code iati-activities} document.
 *
 * <p>The mapping (README, "IATI export"): {@code iati-identifier} is the reporting organisation's
 * ref, a hyphen and the Action code; the EU funds (role 1), the requesting and other partner
 * authorities are accountable (role 2), the directorate-general in charge on the Action's last day
 * (or on the as-of date if earlier) extends (role 3) and the reporting organisation implements
 * (role 4); {@code activity-status} follows the lifecycle state; start and end dates are actual up to
 * the as-of date and planned after it; partner countries share 100 percent in whole numbers; the
 * sector is DAC 15190 plus the {@linkplain IatiSettings#secondarySectors() secondary codes} the
 * codelist allows, thematic areas and sub-topics are own vocabularies 99 and 98; the SDG tag is target
 * 10.7; sequels in the same export are related as siblings, phases as parents when configured;
 * results count the Activities delivered and the deliverables adopted. Experts and focal points are
 * never exported.
 *
 * <p>An Action is refused, never guessed, when it has no code (no identifier can be formed), when
 * its code repeats an earlier Action's in the same export, or when one of its exported texts holds a
 * character XML 1.0 cannot carry. The start date and the order of start and end dates are model
 * invariants, so every Action has them.
 *
 * <pre>{@code
 * IatiExport export = IatiExporter.of(IatiSettings.standard())
 *     .export(actions, LocalDate.of(2024, 6, 30), Instant.parse("2024-07-01T08:00:00Z"));
 * if (!export.isComplete()) {
 *   export.refusals().forEach(refusal -> System.err.println(refusal));
 * }
 * export.writeTo(writer);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IatiExporter {

  private static final IatiExporter STANDARD = new IatiExporter(IatiSettings.standard());

  private final IatiSettings settings;

  private IatiExporter(IatiSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Obtains an exporter with the given settings.
   *
   * @param settings  the settings, not null
   * @return the exporter
   */
  public static IatiExporter of(IatiSettings settings) {
    return new IatiExporter(settings);
  }

  /**
   * Obtains the exporter with {@link IatiSettings#standard()}.
   *
   * @return the exporter
   */
  public static IatiExporter standard() {
    return STANDARD;
  }

  /**
   * Gets the settings.
   *
   * @return the settings
   */
  public IatiSettings settings() {
    return settings;
  }

  /**
   * Exports Actions: checks each, keeps those that can be exported faithfully and lists the
   * refusals of the others. The document itself is written by {@link IatiExport#writeTo}.
   *
   * @param actions  the Actions, in the order of the activities, not null
   * @param asOf  the date the export describes: dates up to it are actual, later ones planned; not
   *     after the date of {@code generatedAt} in UTC
   * @param generatedAt  the instant of the export, written as {@code generated-datetime} and
   *     {@code last-updated-datetime}, truncated to whole seconds; the library reads no clock
   * @return the export
   * @throws IllegalArgumentException if {@code asOf} is after the UTC date of {@code generatedAt}
   *     (actual dates would lie in the future)
   */
  public IatiExport export(List<Action> actions, LocalDate asOf, Instant generatedAt) {
    Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Instant generated = generatedAt.truncatedTo(ChronoUnit.SECONDS);
    LocalDate generatedOn = LocalDate.ofInstant(generated, ZoneOffset.UTC);
    checkArgument(!asOf.isAfter(generatedOn),
        "asOf must be on or before %s, the UTC date of generatedAt, but was %s", generatedOn, asOf);
    List<Action> exported = new ArrayList<>(actions.size());
    List<IatiRefusal> refusals = new ArrayList<>();
    Map<ActionCode, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < actions.size(); i++) {
      Action action = Objects.requireNonNull(actions.get(i), "actions[" + i + "]");
      Optional<IatiRefusal> refusal = refusalOf(i, action, firstIndex);
      if (refusal.isPresent()) {
        refusals.add(refusal.get());
      } else {
        exported.add(action);
        firstIndex.put(action.code().orElseThrow(), i);
      }
    }
    return new IatiExport(settings, asOf, generated, exported, refusals);
  }

  private static Optional<IatiRefusal> refusalOf(int index, Action action,
      Map<ActionCode, Integer> firstIndex) {
    if (action.code().isEmpty()) {
      return refusal(index, action, "/code",
          "code must be present to form the iati-identifier, but was empty");
    }
    Integer first = firstIndex.get(action.code().get());
    if (first != null) {
      return refusal(index, action, "/code", String.format(Locale.ROOT,
          "code must be unique in one export, but %s is also the code of Action [%d]",
          action.code().get(), first));
    }
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    texts.put("/title", action.title());
    putBody(texts, "/requestingAuthority", action.requestingAuthority());
    for (int i = 0; i < action.otherAuthorities().size(); i++) {
      putBody(texts, "/otherAuthorities/" + i, action.otherAuthorities().get(i));
    }
    action.fiche().flatMap(f -> f.interventionLogic())
        .ifPresent(logic -> texts.put("/fiche/interventionLogic", logic));
    for (int i = 0; i < action.deliverables().size(); i++) {
      texts.put("/deliverables/" + i + "/title", action.deliverables().get(i).title());
    }
    for (Map.Entry<String, String> text : texts.entrySet()) {
      int bad = XmlText.firstInvalidChar(text.getValue());
      if (bad >= 0) {
        String name = text.getKey().substring(text.getKey().lastIndexOf('/') + 1);
        return refusal(index, action, text.getKey(), String.format(Locale.ROOT,
            "%s must hold only characters XML 1.0 allows, but has U+%04X at index %d",
            name, (int) text.getValue().charAt(bad), bad));
      }
    }
    return Optional.empty();
  }

  private static void putBody(Map<String, String> texts, String path, RequestingBody body) {
    texts.put(path + "/name", body.name());
    body.acronym().ifPresent(acronym -> texts.put(path + "/acronym", acronym));
  }

  private static Optional<IatiRefusal> refusal(int index, Action action, String path, String message) {
    return Optional.of(IatiRefusal.of(index, action.code(), action.title(), path, message));
  }
}
