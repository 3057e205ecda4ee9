package eu.mieux.iati;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An organisation known by an IATI organisation identifier: its {@code ref}, English name and
 * {@link IatiOrganisationType}, as written in {@code reporting-org} and {@code participating-org}.
 *
 * <p>The ref has no whitespace and none of {@code / & | ?}, which the IATI ruleset forbids in
 * identifiers (rules 1.14.13, 1.8.13); an identifier built from it passes rule 1.3.13.
 *
 * <p>This class is immutable and thread-safe. Do not rely on identity.
 */
public final class IatiOrganisation {

  private static final Pattern REF = Pattern.compile("[^\\s/&|?]+");

  private final String ref;
  private final String name;
  private final IatiOrganisationType type;

  private IatiOrganisation(String ref, String name, IatiOrganisationType type) {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    checkArgument(REF.matcher(ref).matches(),
        "ref must be non-empty, without whitespace or any of / & | ?, but was '%s'", ref);
    checkArgument(!name.isBlank(), "name must not be blank, but was '%s'", name);
    checkArgument(XmlText.firstInvalidChar(name) < 0,
        "name must hold only characters XML 1.0 allows, but was '%s'", name);
    this.ref = ref;
    this.name = name;
    this.type = type;
  }

  /**
   * Obtains an organisation.
   *
   * @param ref  the IATI organisation identifier, such as {@code XM-DAC-918}: no whitespace, none of
   *     {@code / & | ?}
   * @param name  the English name, not blank
   * @param type  the organisation type, not null
   * @return the organisation
   * @throws IllegalArgumentException if the ref or the name is malformed
   */
  public static IatiOrganisation of(String ref, String name, IatiOrganisationType type) {
    return new IatiOrganisation(ref, name, type);
  }

  /**
   * Gets the IATI organisation identifier.
   *
   * @return the ref, such as {@code XI-IATI-EC_INTPA}
   */
  public String ref() {
    return ref;
  }

  /**
   * Gets the English name, written as the organisation's narrative.
   *
   * @return the name, not blank
   */
  public String name() {
    return name;
  }

  /**
   * Gets the organisation type.
   *
   * @return the type
   */
  public IatiOrganisationType type() {
    return type;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IatiOrganisation other && ref.equals(other.ref) && name.equals(other.name)
        && type == other.type;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ref, name, type);
  }

  /**
   * Returns the ref, name and type, such as {@code XM-DAC-918 'European Union' (40)}.
   *
   * @return a text for messages
   */
  @Override
  public String toString() {
    return ref + " '" + name + "' (" + type.code() + ")";
  }
}
