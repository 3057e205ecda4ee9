package eu.mieux.rules.coverage;

import static eu.mieux.rules.coverage.CsvFields.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The CSV reader gives back every field verbatim, whatever it holds (commas, quotes, semicolons,
 * letters beyond ASCII), with LF or CRLF line ends.
 */
class CoverageCsvPropertiesTest {

  @Provide
  Arbitrary<String> texts() {
    // non-blank texts drawn from the characters that matter to the reader
    return Arbitraries.strings().withChars("ab ,\";é").ofMinLength(1).ofMaxLength(12)
        .filter(text -> !text.isBlank());
  }

  @Property(tries = 500)
  void notesReadBackVerbatim(@ForAll("notes") List<List<String>> notes, @ForAll boolean crlf) {
    String eol = crlf ? "\r\n" : "\n";
    StringBuilder csv = new StringBuilder(String.join(",", CoverageCsv.NOTES_HEADER)).append(eol);
    for (List<String> note : notes) {
      csv.append("UA,2014-01-01,2020-12-31,").append(quoted(note.get(0))).append(',')
          .append(quoted(note.get(1))).append(eol);
    }
    List<CoverageNote> read = CoverageCsv.readNotes(new StringReader(csv.toString()), "notes.csv");
    List<List<String>> back = new ArrayList<>();
    for (CoverageNote note : read) {
      back.add(List.of(note.note(), note.source()));
    }
    assertEquals(notes, back);
  }

  @Provide
  Arbitrary<List<List<String>>> notes() {
    return texts().list().ofSize(2).list().ofMaxSize(6);
  }
}
