package eu.mieux.benchmarks;

import eu.mieux.model.country.Country;
import eu.mieux.rules.eligibility.CountryLookup;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm {@code CountryLookup.resolve}, single thread: by alpha-2 code, by English name as written,
 * by a name in another spelling (normalised), and an unknown 100,000-character input answered with
 * its suggestion (the message, then caught). Inputs are fresh strings, as read from a file.
 *
 * <p>{@code java -jar benchmarks/target/mieux-benchmarks.jar CountryLookup -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CountryLookupBenchmark {

  private CountryLookup lookup;
  private String[] codes;
  private String[] names;
  private String[] spellings;
  private String unknown;
  private int index;

  /** Builds the inputs, each a distinct {@code String} object. */
  @Setup
  public void setUp() {
    lookup = CountryLookup.standard();
    String[] code = {"UA", "MD", "TH", "PH", "KE", "SN", "PS", "RU"};
    String[] name = {"Ukraine", "Moldova", "Thailand", "Philippines", "Kenya", "Senegal", "Côte d'Ivoire", "Brazil"};
    String[] spelling = {"ukraine", "COTE-D-IVOIRE", "Korea, Republic of", "Syrian Arab Republic", "viet nam",
        "Republic of Moldova", "West Bank and Gaza", "Cape Verde"};
    codes = fresh(code);
    names = fresh(name);
    spellings = fresh(spelling);
    unknown = "q".repeat(100_000);
  }

  private static String[] fresh(String[] values) {
    String[] copies = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      copies[i] = new String(values[i].toCharArray());
    }
    return copies;
  }

  /**
   * By alpha-2 code.
   *
   * @return the countries found
   */
  @Benchmark
  public Set<Country> byCode() {
    return lookup.resolve(codes[index++ & 7]);
  }

  /**
   * By English name, spelled as the key.
   *
   * @return the countries found
   */
  @Benchmark
  public Set<Country> byName() {
    return lookup.resolve(names[index++ & 7]);
  }

  /**
   * By another spelling: case, punctuation, ISO short names, aliases.
   *
   * @return the countries found
   */
  @Benchmark
  public Set<Country> byOtherSpelling() {
    return lookup.resolve(spellings[index++ & 7]);
  }

  /**
   * An unknown 100,000-character input: refused with a suggestion.
   *
   * @return the message
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String unknownHundredThousandCharacters() {
    try {
      lookup.resolve(unknown);
      throw new IllegalStateException("must be unknown");
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
