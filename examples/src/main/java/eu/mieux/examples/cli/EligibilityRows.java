package eu.mieux.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import eu.mieux.json.MieuxJson;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.eligibility.CountryEligibility;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Decides and writes the rows of the batch output, {@code iso2,date,eligible,instruments,reason},
 * as RFC 4180 CSV or as one JSON object per line; the single check's {@code --format csv} writes the
 * same rows, so that a batch and single checks agree.
 *
 * <p>Without a requester a row answers the country question (R-EL1) under the chosen policy; with
 * one it answers the whole request question for that country (country, programme window and
 * requester). Rows are written without a per-row {@code String.format}; the columns of a shared
 * country decision are kept in a small bounded map, so a row costs a lookup and a write.
 */
final class EligibilityRows {

  /** The columns of the output. */
  static final String[] HEADER = {"iso2", "date", "eligible", "instruments", "reason"};

  private static final int CACHED_DECISIONS = 4096;
  private static final JsonFactory JSON = MieuxJson.mapper().getFactory();

  private final MieuxRules rules;
  private final CountryEligibility eligibility;
  private final Optional<List<RequesterKind>> requester;
  private final boolean json;
  private final Writer text;
  private final CsvWriter csv;
  private final Map<CountryDecision, String[]> columns = new IdentityHashMap<>();

  /**
   * Starts writing rows.
   *
   * @param rules  the rules, with the chosen policy
   * @param requester  the kinds of the requesting bodies (several for a joint request), if the
   *     request question is asked
   * @param json  true for one JSON object per line, false for CSV
   * @param text  where the rows go; buffered by this writer, flushed by {@link #flush()}
   */
  EligibilityRows(MieuxRules rules, Optional<List<RequesterKind>> requester, boolean json, Writer text) {
    this.rules = rules;
    this.eligibility = rules.countryEligibility();
    this.requester = requester;
    this.json = json;
    this.text = text;
    this.csv = json ? null : CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(1 << 16)
        .quoteStrategy(new QuoteStrategy() {
          @Override
          public boolean quoteValue(int lineNo, int fieldIdx, String value) {
            return fieldIdx == 4 && lineNo > 1;
          }
        }).build(text);
  }

  /** Writes the CSV header; JSON has none. */
  void header() {
    if (!json) {
      csv.writeRecord(HEADER);
    }
  }

  /**
   * Decides and writes the rows of one input row: one per country it names.
   *
   * @param line  the input line number, for JSON output
   * @param countries  the countries the row names
   * @param date  the date
   */
  void write(long line, Set<Country> countries, LocalDate date) {
    for (Country country : countries) {
      String[] decided = requester.isPresent() ? request(country, date) : country(eligibility.check(country, date));
      String dateText = date.toString();
      if (json) {
        jsonLine(line, country, dateText, decided);
      } else {
        csv.writeRecord(country.alpha2(), dateText, decided[0], decided[1], decided[2]);
      }
    }
  }

  /**
   * Flushes the rows written so far.
   *
   * @throws UncheckedIOException if the output cannot be written
   */
  void flush() {
    try {
      if (csv != null) {
        csv.flush();
      } else {
        text.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a date in the form {@code yyyy-mm-dd}, four-digit year.
   *
   * @param input  the text
   * @return the date
   * @throws IllegalArgumentException if the text is not such a date, naming it (bounded, escaped)
   */
  static LocalDate parseDate(String input) {
    if (input.length() == 10 && input.charAt(4) == '-' && input.charAt(7) == '-') {
      int year = digits(input, 0, 4);
      int month = digits(input, 5, 7);
      int day = digits(input, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          throw new IllegalArgumentException("date must be a day of the calendar, but was " + Terminal.quote(input)
              + ": " + e.getMessage());
        }
      }
    }
    throw new IllegalArgumentException("date must be an ISO date yyyy-mm-dd such as 2016-05-01, but was "
        + Terminal.quote(input));
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private String[] country(CountryDecision decision) {
    String[] decided = columns.get(decision);
    if (decided == null) {
      if (columns.size() >= CACHED_DECISIONS) {
        columns.clear();
      }
      decided = new String[] {String.valueOf(decision.isYes()), instruments(decision), shortReason(decision)};
      columns.put(decision, decided);
    }
    return decided;
  }

  private String[] request(Country country, LocalDate date) {
    RequestDecision decision = rules.requestEligibility().check(List.of(country), requester.get(), date);
    CountryDecision countryDecision = decision.countries().get(0);
    if (decision.outcome() == Outcome.YES || !countryDecision.isYes()) {
      String[] decided = country(countryDecision);
      return decision.outcome() == Outcome.YES ? decided
          : new String[] {"false", decided[1], decided[2]};
    }
    Reason first = decision.reasons().stream().filter(r -> r.outcome() != Outcome.YES).findFirst()
        .orElse(decision.reasons().get(0));
    String message = first.ruleId() + ": " + first.message();
    return new String[] {"false", instruments(countryDecision),
        decision.outcome() == Outcome.UNDETERMINED ? "undetermined: " + message : message};
  }

  private void jsonLine(long lineNumber, Country country, String date, String[] decided) {
    StringWriter out = new StringWriter(160);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("line", lineNumber);
      g.writeStringField("iso2", country.alpha2());
      g.writeStringField("date", date);
      g.writeBooleanField("eligible", Boolean.parseBoolean(decided[0]));
      g.writeArrayFieldStart("instruments");
      if (!decided[1].equals("none")) {
        for (String instrument : decided[1].split(";")) {
          g.writeString(instrument);
        }
      }
      g.writeEndArray();
      g.writeStringField("reason", decided[2]);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      text.write(out.toString());
      text.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String shortReason(CountryDecision decision) {
    if (decision.isYes()) {
      Set<String> bases = new LinkedHashSet<>();
      for (LegalBasis basis : decision.coverage()) {
        bases.add(basis.basis());
      }
      return "covered: " + String.join("; ", bases);
    }
    String message = decision.reasons().get(0).message();
    return decision.outcome() == Outcome.UNDETERMINED ? "undetermined: " + message : message;
  }

  static String instruments(CountryDecision decision) {
    if (decision.instruments().isEmpty()) {
      return "none";
    }
    StringJoiner joined = new StringJoiner(";");
    decision.instruments().forEach(i -> joined.add(i.name()));
    return joined.toString();
  }
}
