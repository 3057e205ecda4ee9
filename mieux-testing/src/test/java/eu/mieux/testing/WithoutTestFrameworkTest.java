package eu.mieux.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.CsvReader;
import eu.mieux.model.country.Country;
import eu.mieux.rules.MieuxRules;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The rule checks run in a class loader that holds only mieux and its runtime dependencies (Guava,
 * FastCSV): no JUnit, AssertJ, TestNG or opentest4j, as in a project with no test framework at all.
 */
class WithoutTestFrameworkTest {

  @Test
  void theChecksRunAndFailWithNoTestFrameworkOnTheClasspath() throws Exception {
    URL[] urls = {location(MieuxAssertions.class), location(MieuxRules.class), location(Country.class),
        location(ImmutableList.class), location(CsvReader.class)};
    try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.junit.jupiter.api.Assertions"));
      assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.opentest4j.AssertionFailedError"));
      Class<?> assertions = loader.loadClass(MieuxAssertions.class.getName());
      Class<?> country = loader.loadClass(Country.class.getName());
      assertTrue(assertions.getClassLoader() == loader, "loaded apart from the test's classes");
      Object ukraine = country.getMethod("valueOf", String.class).invoke(null, "UA");
      Object russia = country.getMethod("valueOf", String.class).invoke(null, "RU");
      Method assertThat = assertions.getMethod("assertThat", country);
      LocalDate date = LocalDate.of(2016, 5, 1);

      Object step = assertThat.invoke(null, ukraine);
      step.getClass().getMethod("isEligibleOn", LocalDate.class).invoke(step, date);

      Object failing = assertThat.invoke(null, russia);
      InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
          () -> failing.getClass().getMethod("isEligibleOn", LocalDate.class).invoke(failing, date));
      assertEquals(AssertionError.class, thrown.getCause().getClass());
      assertTrue(thrown.getCause().getMessage().contains("R-EL1 ERROR at <root>: Russian Federation (RU)"),
          thrown.getCause().getMessage());
    }
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }
}
