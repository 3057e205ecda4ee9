package eu.mieux.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The yardstick of the batch benchmark: the least a plain Java program does for an {@code iso2,date}
 * file. It reads the file line by line, parses each date, looks the country up in a {@link HashMap}
 * and writes a line of about the size the batch writes (a reason of 200 characters).
 *
 * <p>{@code java -Xmx64m -cp mieux-benchmarks.jar eu.mieux.benchmarks.PassThrough FILE > OUT}
 */
public final class PassThrough {

  private PassThrough() {}

  /**
   * Copies the file as described.
   *
   * @param args  the input file
   * @throws IOException if the file cannot be read or the output written
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> countries = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      countries.put(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
    }
    String reason = "covered: " + "x".repeat(190);
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
            StandardCharsets.UTF_8), 1 << 16)) {
      out.write(in.readLine() + ",eligible,instruments,reason\n");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int comma = line.indexOf(',');
        String country = countries.get(line.substring(0, comma));
        LocalDate date = LocalDate.parse(line.substring(comma + 1));
        out.write(line.substring(0, comma));
        out.write(',');
        out.write(date.toString());
        out.write(country == null ? ",false,none,\"" : ",true,DCI;ENI,\"");
        out.write(reason);
        out.write("\"\r\n");
      }
    }
  }
}
