package eu.mieux.iati;

import static com.google.common.base.Preconditions.checkArgument;

import eu.mieux.model.request.RequesterKind;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A type of organisation in the IATI {@code OrganisationType} codelist, written as the {@code type}
 * attribute of {@code reporting-org} and {@code participating-org}.
 *
 * @see <a href="https://iatistandard.org/en/iati-standard/203/codelists/organisationtype/">IATI
 *     OrganisationType codelist</a>
 */
public enum IatiOrganisationType {
  /** 10 Government. */
  GOVERNMENT("10"),
  /** 11 Local Government. */
  LOCAL_GOVERNMENT("11"),
  /** 15 Other Public Sector. */
  OTHER_PUBLIC_SECTOR("15"),
  /** 21 International NGO. */
  INTERNATIONAL_NGO("21"),
  /** 22 National NGO. */
  NATIONAL_NGO("22"),
  /** 23 Regional NGO. */
  REGIONAL_NGO("23"),
  /** 24 Partner Country based NGO. */
  PARTNER_COUNTRY_NGO("24"),
  /** 30 Public Private Partnership. */
  PUBLIC_PRIVATE_PARTNERSHIP("30"),
  /** 40 Multilateral, which includes intergovernmental organisations such as ICMPD. */
  MULTILATERAL("40"),
  /** 60 Foundation. */
  FOUNDATION("60"),
  /** 70 Private Sector. */
  PRIVATE_SECTOR("70"),
  /** 80 Academic, Training and Research. */
  ACADEMIC("80"),
  /** 90 Other. */
  OTHER("90");

  private final String code;

  IatiOrganisationType(String code) {
    this.code = code;
  }

  /**
   * Gets the IATI code, such as {@code 40}.
   *
   * @return the two-digit code
   */
  public String code() {
    return code;
  }

  /**
   * Obtains the type of an IATI code.
   *
   * @param code  the code, such as {@code 40}, not null
   * @return the type
   * @throws IllegalArgumentException if the code is not in the codelist; the message lists the codes
   */
  public static IatiOrganisationType fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (IatiOrganisationType type : values()) {
      if (type.code.equals(code)) {
        return type;
      }
    }
    checkArgument(false, "OrganisationType code must be one of [%s], but was '%s'",
        Arrays.stream(values()).map(IatiOrganisationType::code).collect(Collectors.joining(", ")), code);
    throw new AssertionError("unreachable");
  }

  /**
   * Gets the type a requesting authority is written with.
   *
   * <p>Choice: national public authorities are 10 (government), local authorities 11,
   * ombudspersons, parliaments and judicial authorities 15 (other public sector), civil-society
   * organisations 24 (partner-country NGOs), regional organisations 40 (multilateral).
   *
   * @param kind  the kind of requesting body, not null
   * @return the organisation type
   */
  public static IatiOrganisationType of(RequesterKind kind) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case NATIONAL_PUBLIC_AUTHORITY -> GOVERNMENT;
      case LOCAL_AUTHORITY -> LOCAL_GOVERNMENT;
      case OMBUDSPERSON, PARLIAMENT, JUDICIAL_AUTHORITY -> OTHER_PUBLIC_SECTOR;
      case CIVIL_SOCIETY_ORGANISATION -> PARTNER_COUNTRY_NGO;
      case REGIONAL_ORGANISATION -> MULTILATERAL;
    };
  }
}
