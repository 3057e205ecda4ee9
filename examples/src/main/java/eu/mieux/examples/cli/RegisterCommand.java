package eu.mieux.examples.cli;

import eu.mieux.json.MieuxJson;
import eu.mieux.model.Coded;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Region;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.register.RegisterQuery;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.register.KnowledgeRegister;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code register [FILTERS]}: queries the knowledge register (the 16 case studies and the real
 * Actions of the reports) by theme, sub-topic, region, country, good-practice characteristic or
 * deliverable type; every filter given must hold.
 *
 * <p>Exit status: 0 when at least one entry matches, 1 when none does, 2 on a usage error.
 */
final class RegisterCommand implements Command {

  @Override
  public String name() {
    return "register";
  }

  @Override
  public String description() {
    return "query the knowledge register of case studies and real Actions";
  }

  @Override
  public String usage() {
    return "usage: register [--theme AREA] [--sub-topic TOPIC] [--region REGION] [--country CODE]\n"
        + "                [--characteristic C] [--deliverable TYPE] [--format text|csv|json]\n\n"
        + "--theme           one of " + codes(ThematicArea.class) + "\n"
        + "--sub-topic       a sub-topic code, such as smuggling_of_migrants\n"
        + "--region          one of " + codes(Region.class) + "\n"
        + "--country         an ISO alpha-2 code, such as PE\n"
        + "--characteristic  one of " + codes(GoodPracticeCharacteristic.class) + "\n"
        + "--deliverable     one of " + codes(DeliverableType.class) + "\n"
        + "--format          text (default), csv or json\n\n"
        + "exit status: 0 some entry matches, 1 none matches, 2 usage error\n";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    RegisterQuery query;
    String format;
    try {
      Arguments a = Arguments.parse(args, Set.of("--theme", "--sub-topic", "--region", "--country",
          "--characteristic", "--deliverable", "--format"), Set.of());
      if (!a.positional().isEmpty()) {
        throw new IllegalArgumentException("expected no positional argument, but got " + a.positional());
      }
      format = a.format(List.of("text", "csv", "json"));
      RegisterQuery.Builder builder = RegisterQuery.builder();
      a.value("--theme").ifPresent(v -> builder.thematicArea(Coded.fromCode(ThematicArea.class, v)));
      a.value("--sub-topic").ifPresent(v -> builder.subTopic(Coded.fromCode(SubTopic.class, v)));
      a.value("--region").ifPresent(v -> builder.region(Coded.fromCode(Region.class, v)));
      a.value("--country").ifPresent(v -> builder.country(Country.ofAlpha2(v)));
      a.value("--characteristic").ifPresent(v -> builder.characteristic(
          Coded.fromCode(GoodPracticeCharacteristic.class, v)));
      a.value("--deliverable").ifPresent(v -> builder.deliverableType(Coded.fromCode(DeliverableType.class, v)));
      query = builder.build();
    } catch (IllegalArgumentException e) {
      return usageError(err, e.getMessage());
    }
    List<RegisterEntry> entries = KnowledgeRegister.standard().query(query);
    switch (format) {
      case "json":
        out.println(MieuxJson.write(entries));
        break;
      case "csv":
        out.println("kind,title,code,countries,years,themes,characteristics");
        for (RegisterEntry e : entries) {
          out.println(String.join(",", e.kind().code(), quote(e.title()),
              e.code().map(Object::toString).orElse(""), join(e.countries().stream().map(Country::alpha2)),
              years(e), join(e.thematicAreas().stream().map(Coded::code)),
              join(e.characteristics().stream().map(c -> String.valueOf(c.number())))));
        }
        break;
      default:
        for (RegisterEntry e : entries) {
          out.printf("%-10s %-8s %s [%s; %s]%n", e.kind().code(), e.code().map(Object::toString).orElse("-"),
              e.title(), join(e.countries().stream().map(Country::alpha2)), years(e));
        }
        out.printf("%d entr%s%n", entries.size(), entries.size() == 1 ? "y" : "ies");
    }
    return entries.isEmpty() ? 1 : 0;
  }

  private static String years(RegisterEntry e) {
    String first = e.firstYear().map(Year::toString).orElse("?");
    String last = e.lastYear().map(Year::toString).orElse(first);
    return first.equals(last) ? first : first + "-" + last;
  }

  private static String join(java.util.stream.Stream<String> values) {
    return values.collect(Collectors.joining(";"));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static <E extends Enum<E> & Coded> String codes(Class<E> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
  }
}
