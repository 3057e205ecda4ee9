package eu.mieux.benchmarks;

import eu.mieux.model.country.Country;
import eu.mieux.rules.Policy;
import eu.mieux.rules.coverage.CoverageTable;
import eu.mieux.rules.eligibility.CountryEligibility;
import java.time.LocalDate;

/**
 * Measures the heap retained by the reference data: used heap after full GCs, before and after
 * {@code CoverageTable.standard()} (the file indexed by country, no row read yet), after
 * {@code rows()} (every row read, the file released), and after warming every country's decisions
 * for both policies.
 *
 * <p>{@code java -cp benchmarks/target/mieux-benchmarks.jar eu.mieux.benchmarks.ReferenceDataHeap}
 */
public final class ReferenceDataHeap {

  private ReferenceDataHeap() {}

  /**
   * Runs the measurement.
   *
   * @param args  ignored
   * @throws InterruptedException if interrupted while settling
   */
  public static void main(String[] args) throws InterruptedException {
    // load the classes first, so that only the data is counted
    LocalDate.of(2016, 1, 1).plusDays(1);
    Country.values();
    long before = usedAfterGc();
    CoverageTable table = CoverageTable.standard();
    long afterLoad = usedAfterGc();
    int rows = table.rows().size();
    long afterTable = usedAfterGc();
    CountryEligibility standard = new CountryEligibility(table, Policy.standard());
    CountryEligibility strict = new CountryEligibility(table, Policy.strict());
    for (Country country : Country.values()) {
      standard.check(country, LocalDate.of(2016, 1, 1));
      strict.check(country, LocalDate.of(2016, 1, 1));
    }
    long afterWarm = usedAfterGc();
    System.out.printf("table loaded: %.2f MB; all %d rows read: %.2f MB;"
        + " with both policies' decisions: %.2f MB%n", (afterLoad - before) / 1048576.0, rows,
        (afterTable - before) / 1048576.0, (afterWarm - before) / 1048576.0);
    if (standard.hashCode() == strict.hashCode()) {
      System.out.println();
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
