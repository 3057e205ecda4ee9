package eu.mieux.rules.coverage;

/** Writes CSV fields for the reader's tests. */
final class CsvFields {

  private CsvFields() {}

  /** Quotes a field only when it must be, as a spreadsheet writes it. */
  static String quoted(String field) {
    boolean plain = field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0
        && field.indexOf('\n') < 0;
    return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
  }
}
