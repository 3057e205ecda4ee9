package eu.mieux.examples.cli;

import eu.mieux.iati.IatiExport;
import eu.mieux.iati.IatiExporter;
import eu.mieux.iati.IatiOrganisation;
import eu.mieux.iati.IatiRefusal;
import eu.mieux.iati.IatiSettings;
import eu.mieux.json.Document;
import eu.mieux.json.MieuxJson;
import eu.mieux.json.MieuxJsonException;
import eu.mieux.model.action.Action;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.rules.theme.CrsClassification;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code iati ACTION.json... [--reporting-org REF] [--as-of DATE] [--output FILE]}: writes one IATI
 * 2.03 {@code iati-activities} document with one activity per Action (README, "IATI export").
 *
 * <p>A case-study document exports its Action. Secondary sector codes come from the rules module's
 * {@link CrsClassification}.
 *
 * <p>Exit status: 0 when every Action was exported; 1 when one was refused (the message names the
 * file, the field and the reason; the others are still written); 2 for malformed input (unreadable
 * file, malformed JSON, a document that breaks a model invariant or is not an Action) or a usage
 * error, and then nothing is written.
 */
final class IatiCommand implements Command {

  /** Exit status when an Action was refused. */
  static final int REFUSED = 1;

  @Override
  public String name() {
    return "iati";
  }

  @Override
  public String description() {
    return "export Action documents as one IATI 2.03 activity file";
  }

  @Override
  public String usage() {
    return "usage: iati ACTION.json... [--reporting-org REF] [--as-of DATE] [--output FILE] [--documents-at URI]\n\n"
        + "ACTION.json      Action or case-study documents; '-' reads standard input\n"
        + "--reporting-org  the reporting organisation's IATI id, prefix of every iati-identifier\n"
        + "                 (default " + IatiSettings.ICMPD_REF + ")\n"
        + "--as-of          dates up to it are actual, later ones planned (default: today, UTC)\n"
        + "--output         write the XML to FILE instead of standard output\n"
        + "--documents-at   base URI of the Actions' web pages: adds document links\n\n"
        + "exit status: 0 every Action exported, 1 an Action refused (no code, ...),\n"
        + "             2 malformed input or usage error\n";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    Instant now = Instant.now();
    Arguments arguments;
    LocalDate asOf;
    IatiSettings settings;
    try {
      arguments = Arguments.parse(args,
          Set.of("--reporting-org", "--as-of", "--output", "--documents-at"), Set.of());
      if (arguments.positional().isEmpty()) {
        throw new IllegalArgumentException("expected at least one ACTION.json");
      }
      asOf = arguments.value("--as-of").map(IatiCommand::date)
          .orElse(LocalDate.ofInstant(now, ZoneOffset.UTC));
      if (asOf.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
        throw new IllegalArgumentException("--as-of must not be in the future, but was " + asOf);
      }
      settings = settings(arguments);
    } catch (IllegalArgumentException e) {
      return usageError(err, e.getMessage());
    }
    List<Action> actions = new ArrayList<>();
    List<String> files = arguments.positional();
    boolean malformed = false;
    for (String file : files) {
      Optional<Action> action = read(file, in, err);
      action.ifPresent(actions::add);
      malformed |= action.isEmpty();
    }
    if (malformed) {
      return USAGE;
    }
    IatiExport export = IatiExporter.of(settings).export(actions, asOf, now);
    for (IatiRefusal refusal : export.refusals()) {
      err.println(files.get(refusal.index()) + ": refused: " + refusal.path() + ": " + refusal.message());
    }
    if (export.hasActivities()) {
      try {
        write(export, arguments.value("--output"), out);
      } catch (UncheckedIOException e) {
        err.println("mieux iati: " + e.getMessage());
        return USAGE;
      }
    }
    return export.isComplete() ? 0 : REFUSED;
  }

  private static IatiSettings settings(Arguments arguments) {
    IatiSettings.Builder builder = IatiSettings.builder();
    arguments.value("--reporting-org").ifPresent(ref -> {
      try {
        IatiOrganisation standard = IatiSettings.standard().reportingOrganisation();
        builder.reportingOrganisation(IatiOrganisation.of(ref, standard.name(), standard.type()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--reporting-org: " + e.getMessage(), e);
      }
    });
    arguments.value("--documents-at").ifPresent(uri -> {
      try {
        builder.documentBase(URI.create(uri));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--documents-at: " + e.getMessage(), e);
      }
    });
    CrsClassification crs = new CrsClassification();
    for (SubTopic topic : SubTopic.values()) {
      builder.secondarySectors(topic, crs.codesFor(topic));
    }
    return builder.build();
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--as-of must be a date YYYY-MM-DD, but was '" + text + "'", e);
    }
  }

  private static Optional<Action> read(String file, InputStream in, PrintStream err) {
    byte[] bytes;
    try {
      bytes = DocumentInput.read(file, in);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("mieux iati: " + e.getMessage());
      return Optional.empty();
    }
    Document document;
    try {
      document = MieuxJson.readDocument(bytes);
    } catch (MieuxJsonException e) {
      err.println(file + ": " + (e.isModelInvariantViolation() ? "invalid document: " : "") + e.getMessage());
      return Optional.empty();
    }
    if (document instanceof Document.OfAction action) {
      return Optional.of(action.action());
    }
    if (document instanceof Document.OfCaseStudy caseStudy) {
      return Optional.of(caseStudy.caseStudy().action());
    }
    err.println(file + ": a request document, but iati exports Actions (an Action or case-study document)");
    return Optional.empty();
  }

  private static void write(IatiExport export, Optional<String> output, PrintStream out) {
    if (output.isEmpty()) {
      export.writeTo((OutputStream) out);
      out.flush();
      return;
    }
    try (OutputStream file = Files.newOutputStream(Path.of(output.get()))) {
      export.writeTo(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output.get() + ": " + e.getMessage(), e);
    }
  }
}
