package eu.mieux.iati;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The cases of the IATI standard ruleset (2.03) that an export of Actions can trigger, checked in
 * Java so that they run without the shared referee: identifier prefix and characters (1.1.21, 1.3.1,
 * 1.3.13), default language and currency (4.1.1, 7.8.1), a start date (6.11.1), date order (11.1.2,
 * 11.1.3), actual dates not after the as-of date (11.1.4, 11.1.5), last-updated not after the
 * generated instant (11.1.1), recipient-country and per-vocabulary sector percentages (3.1.1-3.1.4,
 * 2.1.1-2.1.4, 12.1.1, 12.3.1), own-vocabulary narratives (2.2.1), participating organisations with a
 * ref or narrative (6.10.1), non-empty narratives of every title and description (4.3.1, 4.4.1),
 * indicator period order (8.6.1) and numeric target and actual values (8.9.1, 8.10.1).
 */
final class RulesetCheck {

  private static final Pattern FORBIDDEN = Pattern.compile("[/&|?]");

  private RulesetCheck() {}

  /**
   * Checks a document.
   *
   * @param xml  the {@code iati-activities} document
   * @param reportingRef  the reporting organisation's ref
   * @param asOf  the export's as-of date
   * @return one line per failure, naming the rule and the activity; empty when none
   */
  static List<String> failures(String xml, String reportingRef, LocalDate asOf) {
    Document document = parse(xml);
    List<String> failures = new ArrayList<>();
    String generated = document.getDocumentElement().getAttribute("generated-datetime");
    for (Element activity : children(document.getDocumentElement(), "iati-activity")) {
      String id = text(first(activity, "iati-identifier"));
      Fail fail = (rule, message) -> failures.add(id + ": " + rule + " " + message);
      if (!id.startsWith(reportingRef + "-")) {
        fail.add("1.1.21", "identifier must start with " + reportingRef + "-");
      }
      if (!id.equals(id.strip())) {
        fail.add("1.3.1", "identifier has outer spaces");
      }
      if (FORBIDDEN.matcher(id).find()) {
        fail.add("1.3.13", "identifier holds / & | or ?");
      }
      if (activity.getAttributeNS(XMLConstants.XML_NS_URI, "lang").isEmpty()) {
        fail.add("4.1.1", "no default language");
      }
      if (activity.getAttribute("default-currency").isEmpty()) {
        fail.add("7.8.1", "no default currency");
      }
      if (activity.getAttribute("last-updated-datetime").compareTo(generated) > 0) {
        fail.add("11.1.1", "last-updated after the generated instant");
      }
      Map<String, LocalDate> dates = new HashMap<>();
      for (Element date : children(activity, "activity-date")) {
        dates.put(date.getAttribute("type"), LocalDate.parse(date.getAttribute("iso-date")));
      }
      if (!dates.containsKey("1") && !dates.containsKey("2")) {
        fail.add("6.11.1", "no start date");
      }
      order(fail, "11.1.2", dates.get("1"), dates.get("3"));
      order(fail, "11.1.3", dates.get("2"), dates.get("4"));
      order(fail, "11.1.4", dates.get("2"), asOf);
      order(fail, "11.1.5", dates.get("4"), asOf);
      percentages(fail, "3.1.2", children(activity, "recipient-country"));
      Map<String, List<Element>> sectors = new HashMap<>();
      for (Element sector : children(activity, "sector")) {
        sectors.computeIfAbsent(sector.getAttribute("vocabulary"), v -> new ArrayList<>()).add(sector);
        if (!sector.getAttribute("vocabulary").equals("1") && children(sector, "narrative").isEmpty()) {
          fail.add("2.2.1", "own-vocabulary sector without narrative");
        }
      }
      if (sectors.isEmpty()) {
        fail.add("6.2.2", "no sector");
      }
      sectors.forEach((vocabulary, list) -> percentages(fail, "2.1.2 (" + vocabulary + ")", list));
      for (Element org : children(activity, "participating-org")) {
        if (org.getAttribute("ref").isEmpty() && children(org, "narrative").isEmpty()) {
          fail.add("6.10.1", "participating-org without ref or narrative");
        }
      }
      for (String name : List.of("title", "description")) {
        NodeList all = activity.getElementsByTagName(name);
        for (int i = 0; i < all.getLength(); i++) {
          boolean text = children((Element) all.item(i), "narrative").stream()
              .anyMatch(n -> !n.getTextContent().isEmpty());
          if (!text) {
            fail.add(name.equals("title") ? "4.3.1" : "4.4.1", name + " without narrative text");
          }
        }
      }
      NodeList periods = activity.getElementsByTagName("period");
      for (int i = 0; i < periods.getLength(); i++) {
        Element period = (Element) periods.item(i);
        order(fail, "8.6.1", LocalDate.parse(first(period, "period-start").getAttribute("iso-date")),
            LocalDate.parse(first(period, "period-end").getAttribute("iso-date")));
        for (String value : List.of("target", "actual")) {
          for (Element element : children(period, value)) {
            if (!element.getAttribute("value").matches("\\d+(\\.\\d+)?")) {
              fail.add(value.equals("target") ? "8.9.1" : "8.10.1", value + " without a numeric value");
            }
          }
        }
      }
    }
    return failures;
  }

  private static void order(Fail fail, String rule, LocalDate less, LocalDate more) {
    if (less != null && more != null && less.isAfter(more)) {
      fail.add(rule, less + " is after " + more);
    }
  }

  private static void percentages(Fail fail, String rule, List<Element> elements) {
    if (elements.size() <= 1) {
      String single = elements.isEmpty() ? "" : elements.get(0).getAttribute("percentage");
      if (!single.isEmpty() && new BigDecimal(single).compareTo(BigDecimal.valueOf(100)) != 0) {
        fail.add(rule, "a single element's percentage must be 100, but was " + single);
      }
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Element element : elements) {
      String percentage = element.getAttribute("percentage");
      if (percentage.isEmpty()) {
        fail.add(rule, "an element of several has no percentage");
        return;
      }
      BigDecimal value = new BigDecimal(percentage);
      if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
        fail.add(rule, "percentage out of 0-100: " + value);
      }
      sum = sum.add(value);
    }
    if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
      fail.add(rule, "percentages must sum to 100, but sum to " + sum);
    }
  }

  static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the export must be well-formed XML, but: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  static Element first(Element parent, String name) {
    List<Element> found = children(parent, name);
    if (found.isEmpty()) {
      throw new IllegalStateException(parent.getTagName() + " must have a " + name + " child");
    }
    return found.get(0);
  }

  private static String text(Element element) {
    return element.getTextContent();
  }

  @FunctionalInterface
  private interface Fail {
    void add(String rule, String message);
  }
}
