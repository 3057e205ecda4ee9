package eu.mieux.model.country;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import eu.mieux.model.internal.Quote;

/**
 * A country or territory, identified by its ISO 3166-1 code.
 *
 * <p>The constants are the ISO 3166-1 alpha-2 codes, as published in Debian's {@code iso-codes}
 * 4.15.0 ({@code iso_3166-1.json}), plus {@link #XK} for Kosovo, a user-assigned code that the EU,
 * the IMF and the OECD use. Each constant knows its alpha-3 code and its English short name.
 * Territories without a code of their own use the code of the entity that contains them, as the
 * coverage data does: Bonaire, Saba and Sint Eustatius share {@link #BQ}, the British Antarctic
 * Territory uses {@link #AQ}.
 *
 * <p>Choice: a closed enum rather than an open value. Country codes change rarely, and an enum gives
 * {@code EnumMap}-backed indexes and exhaustive validation; a new ISO code is a new release.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum Country {
  /** Andorra. */
  AD("AND", "Andorra"),
  /** United Arab Emirates. */
  AE("ARE", "United Arab Emirates"),
  /** Afghanistan. */
  AF("AFG", "Afghanistan"),
  /** Antigua and Barbuda. */
  AG("ATG", "Antigua and Barbuda"),
  /** Anguilla. */
  AI("AIA", "Anguilla"),
  /** Albania. */
  AL("ALB", "Albania"),
  /** Armenia. */
  AM("ARM", "Armenia"),
  /** Angola. */
  AO("AGO", "Angola"),
  /** Antarctica. */
  AQ("ATA", "Antarctica"),
  /** Argentina. */
  AR("ARG", "Argentina"),
  /** American Samoa. */
  AS("ASM", "American Samoa"),
  /** Austria. */
  AT("AUT", "Austria"),
  /** Australia. */
  AU("AUS", "Australia"),
  /** Aruba. */
  AW("ABW", "Aruba"),
  /** Åland Islands. */
  AX("ALA", "Åland Islands"),
  /** Azerbaijan. */
  AZ("AZE", "Azerbaijan"),
  /** Bosnia and Herzegovina. */
  BA("BIH", "Bosnia and Herzegovina"),
  /** Barbados. */
  BB("BRB", "Barbados"),
  /** Bangladesh. */
  BD("BGD", "Bangladesh"),
  /** Belgium. */
  BE("BEL", "Belgium"),
  /** Burkina Faso. */
  BF("BFA", "Burkina Faso"),
  /** Bulgaria. */
  BG("BGR", "Bulgaria"),
  /** Bahrain. */
  BH("BHR", "Bahrain"),
  /** Burundi. */
  BI("BDI", "Burundi"),
  /** Benin. */
  BJ("BEN", "Benin"),
  /** Saint Barthélemy. */
  BL("BLM", "Saint Barthélemy"),
  /** Bermuda. */
  BM("BMU", "Bermuda"),
  /** Brunei Darussalam. */
  BN("BRN", "Brunei Darussalam"),
  /** Bolivia. */
  BO("BOL", "Bolivia"),
  /** Bonaire, Sint Eustatius and Saba. */
  BQ("BES", "Bonaire, Sint Eustatius and Saba"),
  /** Brazil. */
  BR("BRA", "Brazil"),
  /** Bahamas. */
  BS("BHS", "Bahamas"),
  /** Bhutan. */
  BT("BTN", "Bhutan"),
  /** Bouvet Island. */
  BV("BVT", "Bouvet Island"),
  /** Botswana. */
  BW("BWA", "Botswana"),
  /** Belarus. */
  BY("BLR", "Belarus"),
  /** Belize. */
  BZ("BLZ", "Belize"),
  /** Canada. */
  CA("CAN", "Canada"),
  /** Cocos (Keeling) Islands. */
  CC("CCK", "Cocos (Keeling) Islands"),
  /** Congo, The Democratic Republic of the. */
  CD("COD", "Congo, The Democratic Republic of the"),
  /** Central African Republic. */
  CF("CAF", "Central African Republic"),
  /** Congo. */
  CG("COG", "Congo"),
  /** Switzerland. */
  CH("CHE", "Switzerland"),
  /** Côte d'Ivoire. */
  CI("CIV", "Côte d'Ivoire"),
  /** Cook Islands. */
  CK("COK", "Cook Islands"),
  /** Chile. */
  CL("CHL", "Chile"),
  /** Cameroon. */
  CM("CMR", "Cameroon"),
  /** China. */
  CN("CHN", "China"),
  /** Colombia. */
  CO("COL", "Colombia"),
  /** Costa Rica. */
  CR("CRI", "Costa Rica"),
  /** Cuba. */
  CU("CUB", "Cuba"),
  /** Cabo Verde. */
  CV("CPV", "Cabo Verde"),
  /** Curaçao. */
  CW("CUW", "Curaçao"),
  /** Christmas Island. */
  CX("CXR", "Christmas Island"),
  /** Cyprus. */
  CY("CYP", "Cyprus"),
  /** Czechia. */
  CZ("CZE", "Czechia"),
  /** Germany. */
  DE("DEU", "Germany"),
  /** Djibouti. */
  DJ("DJI", "Djibouti"),
  /** Denmark. */
  DK("DNK", "Denmark"),
  /** Dominica. */
  DM("DMA", "Dominica"),
  /** Dominican Republic. */
  DO("DOM", "Dominican Republic"),
  /** Algeria. */
  DZ("DZA", "Algeria"),
  /** Ecuador. */
  EC("ECU", "Ecuador"),
  /** Estonia. */
  EE("EST", "Estonia"),
  /** Egypt. */
  EG("EGY", "Egypt"),
  /** Western Sahara. */
  EH("ESH", "Western Sahara"),
  /** Eritrea. */
  ER("ERI", "Eritrea"),
  /** Spain. */
  ES("ESP", "Spain"),
  /** Ethiopia. */
  ET("ETH", "Ethiopia"),
  /** Finland. */
  FI("FIN", "Finland"),
  /** Fiji. */
  FJ("FJI", "Fiji"),
  /** Falkland Islands (Malvinas). */
  FK("FLK", "Falkland Islands (Malvinas)"),
  /** Micronesia, Federated States of. */
  FM("FSM", "Micronesia, Federated States of"),
  /** Faroe Islands. */
  FO("FRO", "Faroe Islands"),
  /** France. */
  FR("FRA", "France"),
  /** Gabon. */
  GA("GAB", "Gabon"),
  /** United Kingdom. */
  GB("GBR", "United Kingdom"),
  /** Grenada. */
  GD("GRD", "Grenada"),
  /** Georgia. */
  GE("GEO", "Georgia"),
  /** French Guiana. */
  GF("GUF", "French Guiana"),
  /** Guernsey. */
  GG("GGY", "Guernsey"),
  /** Ghana. */
  GH("GHA", "Ghana"),
  /** Gibraltar. */
  GI("GIB", "Gibraltar"),
  /** Greenland. */
  GL("GRL", "Greenland"),
  /** Gambia. */
  GM("GMB", "Gambia"),
  /** Guinea. */
  GN("GIN", "Guinea"),
  /** Guadeloupe. */
  GP("GLP", "Guadeloupe"),
  /** Equatorial Guinea. */
  GQ("GNQ", "Equatorial Guinea"),
  /** Greece. */
  GR("GRC", "Greece"),
  /** South Georgia and the South Sandwich Islands. */
  GS("SGS", "South Georgia and the South Sandwich Islands"),
  /** Guatemala. */
  GT("GTM", "Guatemala"),
  /** Guam. */
  GU("GUM", "Guam"),
  /** Guinea-Bissau. */
  GW("GNB", "Guinea-Bissau"),
  /** Guyana. */
  GY("GUY", "Guyana"),
  /** Hong Kong. */
  HK("HKG", "Hong Kong"),
  /** Heard Island and McDonald Islands. */
  HM("HMD", "Heard Island and McDonald Islands"),
  /** Honduras. */
  HN("HND", "Honduras"),
  /** Croatia. */
  HR("HRV", "Croatia"),
  /** Haiti. */
  HT("HTI", "Haiti"),
  /** Hungary. */
  HU("HUN", "Hungary"),
  /** Indonesia. */
  ID("IDN", "Indonesia"),
  /** Ireland. */
  IE("IRL", "Ireland"),
  /** Israel. */
  IL("ISR", "Israel"),
  /** Isle of Man. */
  IM("IMN", "Isle of Man"),
  /** India. */
  IN("IND", "India"),
  /** British Indian Ocean Territory. */
  IO("IOT", "British Indian Ocean Territory"),
  /** Iraq. */
  IQ("IRQ", "Iraq"),
  /** Iran. */
  IR("IRN", "Iran"),
  /** Iceland. */
  IS("ISL", "Iceland"),
  /** Italy. */
  IT("ITA", "Italy"),
  /** Jersey. */
  JE("JEY", "Jersey"),
  /** Jamaica. */
  JM("JAM", "Jamaica"),
  /** Jordan. */
  JO("JOR", "Jordan"),
  /** Japan. */
  JP("JPN", "Japan"),
  /** Kenya. */
  KE("KEN", "Kenya"),
  /** Kyrgyzstan. */
  KG("KGZ", "Kyrgyzstan"),
  /** Cambodia. */
  KH("KHM", "Cambodia"),
  /** Kiribati. */
  KI("KIR", "Kiribati"),
  /** Comoros. */
  KM("COM", "Comoros"),
  /** Saint Kitts and Nevis. */
  KN("KNA", "Saint Kitts and Nevis"),
  /** North Korea. */
  KP("PRK", "North Korea"),
  /** South Korea. */
  KR("KOR", "South Korea"),
  /** Kuwait. */
  KW("KWT", "Kuwait"),
  /** Cayman Islands. */
  KY("CYM", "Cayman Islands"),
  /** Kazakhstan. */
  KZ("KAZ", "Kazakhstan"),
  /** Laos. */
  LA("LAO", "Laos"),
  /** Lebanon. */
  LB("LBN", "Lebanon"),
  /** Saint Lucia. */
  LC("LCA", "Saint Lucia"),
  /** Liechtenstein. */
  LI("LIE", "Liechtenstein"),
  /** Sri Lanka. */
  LK("LKA", "Sri Lanka"),
  /** Liberia. */
  LR("LBR", "Liberia"),
  /** Lesotho. */
  LS("LSO", "Lesotho"),
  /** Lithuania. */
  LT("LTU", "Lithuania"),
  /** Luxembourg. */
  LU("LUX", "Luxembourg"),
  /** Latvia. */
  LV("LVA", "Latvia"),
  /** Libya. */
  LY("LBY", "Libya"),
  /** Morocco. */
  MA("MAR", "Morocco"),
  /** Monaco. */
  MC("MCO", "Monaco"),
  /** Moldova. */
  MD("MDA", "Moldova"),
  /** Montenegro. */
  ME("MNE", "Montenegro"),
  /** Saint Martin (French part). */
  MF("MAF", "Saint Martin (French part)"),
  /** Madagascar. */
  MG("MDG", "Madagascar"),
  /** Marshall Islands. */
  MH("MHL", "Marshall Islands"),
  /** North Macedonia. */
  MK("MKD", "North Macedonia"),
  /** Mali. */
  ML("MLI", "Mali"),
  /** Myanmar. */
  MM("MMR", "Myanmar"),
  /** Mongolia. */
  MN("MNG", "Mongolia"),
  /** Macao. */
  MO("MAC", "Macao"),
  /** Northern Mariana Islands. */
  MP("MNP", "Northern Mariana Islands"),
  /** Martinique. */
  MQ("MTQ", "Martinique"),
  /** Mauritania. */
  MR("MRT", "Mauritania"),
  /** Montserrat. */
  MS("MSR", "Montserrat"),
  /** Malta. */
  MT("MLT", "Malta"),
  /** Mauritius. */
  MU("MUS", "Mauritius"),
  /** Maldives. */
  MV("MDV", "Maldives"),
  /** Malawi. */
  MW("MWI", "Malawi"),
  /** Mexico. */
  MX("MEX", "Mexico"),
  /** Malaysia. */
  MY("MYS", "Malaysia"),
  /** Mozambique. */
  MZ("MOZ", "Mozambique"),
  /** Namibia. */
  NA("NAM", "Namibia"),
  /** New Caledonia. */
  NC("NCL", "New Caledonia"),
  /** Niger. */
  NE("NER", "Niger"),
  /** Norfolk Island. */
  NF("NFK", "Norfolk Island"),
  /** Nigeria. */
  NG("NGA", "Nigeria"),
  /** Nicaragua. */
  NI("NIC", "Nicaragua"),
  /** Netherlands. */
  NL("NLD", "Netherlands"),
  /** Norway. */
  NO("NOR", "Norway"),
  /** Nepal. */
  NP("NPL", "Nepal"),
  /** Nauru. */
  NR("NRU", "Nauru"),
  /** Niue. */
  NU("NIU", "Niue"),
  /** New Zealand. */
  NZ("NZL", "New Zealand"),
  /** Oman. */
  OM("OMN", "Oman"),
  /** Panama. */
  PA("PAN", "Panama"),
  /** Peru. */
  PE("PER", "Peru"),
  /** French Polynesia. */
  PF("PYF", "French Polynesia"),
  /** Papua New Guinea. */
  PG("PNG", "Papua New Guinea"),
  /** Philippines. */
  PH("PHL", "Philippines"),
  /** Pakistan. */
  PK("PAK", "Pakistan"),
  /** Poland. */
  PL("POL", "Poland"),
  /** Saint Pierre and Miquelon. */
  PM("SPM", "Saint Pierre and Miquelon"),
  /** Pitcairn. */
  PN("PCN", "Pitcairn"),
  /** Puerto Rico. */
  PR("PRI", "Puerto Rico"),
  /** Palestine, State of. */
  PS("PSE", "Palestine, State of"),
  /** Portugal. */
  PT("PRT", "Portugal"),
  /** Palau. */
  PW("PLW", "Palau"),
  /** Paraguay. */
  PY("PRY", "Paraguay"),
  /** Qatar. */
  QA("QAT", "Qatar"),
  /** Réunion. */
  RE("REU", "Réunion"),
  /** Romania. */
  RO("ROU", "Romania"),
  /** Serbia. */
  RS("SRB", "Serbia"),
  /** Russian Federation. */
  RU("RUS", "Russian Federation"),
  /** Rwanda. */
  RW("RWA", "Rwanda"),
  /** Saudi Arabia. */
  SA("SAU", "Saudi Arabia"),
  /** Solomon Islands. */
  SB("SLB", "Solomon Islands"),
  /** Seychelles. */
  SC("SYC", "Seychelles"),
  /** Sudan. */
  SD("SDN", "Sudan"),
  /** Sweden. */
  SE("SWE", "Sweden"),
  /** Singapore. */
  SG("SGP", "Singapore"),
  /** Saint Helena, Ascension and Tristan da Cunha. */
  SH("SHN", "Saint Helena, Ascension and Tristan da Cunha"),
  /** Slovenia. */
  SI("SVN", "Slovenia"),
  /** Svalbard and Jan Mayen. */
  SJ("SJM", "Svalbard and Jan Mayen"),
  /** Slovakia. */
  SK("SVK", "Slovakia"),
  /** Sierra Leone. */
  SL("SLE", "Sierra Leone"),
  /** San Marino. */
  SM("SMR", "San Marino"),
  /** Senegal. */
  SN("SEN", "Senegal"),
  /** Somalia. */
  SO("SOM", "Somalia"),
  /** Suriname. */
  SR("SUR", "Suriname"),
  /** South Sudan. */
  SS("SSD", "South Sudan"),
  /** Sao Tome and Principe. */
  ST("STP", "Sao Tome and Principe"),
  /** El Salvador. */
  SV("SLV", "El Salvador"),
  /** Sint Maarten (Dutch part). */
  SX("SXM", "Sint Maarten (Dutch part)"),
  /** Syria. */
  SY("SYR", "Syria"),
  /** Eswatini. */
  SZ("SWZ", "Eswatini"),
  /** Turks and Caicos Islands. */
  TC("TCA", "Turks and Caicos Islands"),
  /** Chad. */
  TD("TCD", "Chad"),
  /** French Southern Territories. */
  TF("ATF", "French Southern Territories"),
  /** Togo. */
  TG("TGO", "Togo"),
  /** Thailand. */
  TH("THA", "Thailand"),
  /** Tajikistan. */
  TJ("TJK", "Tajikistan"),
  /** Tokelau. */
  TK("TKL", "Tokelau"),
  /** Timor-Leste. */
  TL("TLS", "Timor-Leste"),
  /** Turkmenistan. */
  TM("TKM", "Turkmenistan"),
  /** Tunisia. */
  TN("TUN", "Tunisia"),
  /** Tonga. */
  TO("TON", "Tonga"),
  /** Türkiye. */
  TR("TUR", "Türkiye"),
  /** Trinidad and Tobago. */
  TT("TTO", "Trinidad and Tobago"),
  /** Tuvalu. */
  TV("TUV", "Tuvalu"),
  /** Taiwan. */
  TW("TWN", "Taiwan"),
  /** Tanzania. */
  TZ("TZA", "Tanzania"),
  /** Ukraine. */
  UA("UKR", "Ukraine"),
  /** Uganda. */
  UG("UGA", "Uganda"),
  /** United States Minor Outlying Islands. */
  UM("UMI", "United States Minor Outlying Islands"),
  /** United States. */
  US("USA", "United States"),
  /** Uruguay. */
  UY("URY", "Uruguay"),
  /** Uzbekistan. */
  UZ("UZB", "Uzbekistan"),
  /** Holy See (Vatican City State). */
  VA("VAT", "Holy See (Vatican City State)"),
  /** Saint Vincent and the Grenadines. */
  VC("VCT", "Saint Vincent and the Grenadines"),
  /** Venezuela. */
  VE("VEN", "Venezuela"),
  /** Virgin Islands, British. */
  VG("VGB", "Virgin Islands, British"),
  /** Virgin Islands, U.S.. */
  VI("VIR", "Virgin Islands, U.S."),
  /** Vietnam. */
  VN("VNM", "Vietnam"),
  /** Vanuatu. */
  VU("VUT", "Vanuatu"),
  /** Wallis and Futuna. */
  WF("WLF", "Wallis and Futuna"),
  /** Samoa. */
  WS("WSM", "Samoa"),
  /** Kosovo. */
  XK("XKX", "Kosovo"),
  /** Yemen. */
  YE("YEM", "Yemen"),
  /** Mayotte. */
  YT("MYT", "Mayotte"),
  /** South Africa. */
  ZA("ZAF", "South Africa"),
  /** Zambia. */
  ZM("ZMB", "Zambia"),
  /** Zimbabwe. */
  ZW("ZWE", "Zimbabwe");

  private static final ImmutableMap<String, Country> BY_ALPHA3;

  static {
    ImmutableMap.Builder<String, Country> byAlpha3 = ImmutableMap.builder();
    for (Country country : values()) {
      byAlpha3.put(country.alpha3, country);
    }
    BY_ALPHA3 = byAlpha3.buildOrThrow();
  }

  private final String alpha3;
  private final String englishName;

  Country(String alpha3, String englishName) {
    this.alpha3 = alpha3;
    this.englishName = englishName;
  }

  /**
   * Gets the ISO 3166-1 alpha-2 code, such as {@code UA}.
   *
   * @return the two-letter code, upper case
   */
  public String alpha2() {
    return name();
  }

  /**
   * Gets the ISO 3166-1 alpha-3 code, such as {@code UKR}.
   *
   * @return the three-letter code, upper case
   */
  public String alpha3() {
    return alpha3;
  }

  /**
   * Gets the English short name, such as {@code Ukraine}.
   *
   * @return the name, not empty
   */
  public String englishName() {
    return englishName;
  }

  /**
   * Obtains a country from its alpha-2 code.
   *
   * @param alpha2  the two-letter code, case-insensitive, not null
   * @return the country
   * @throws IllegalArgumentException if the code is not a known alpha-2 code
   */
  public static Country ofAlpha2(String alpha2) {
    Optional<Country> found = findAlpha2(alpha2);
    checkArgument(found.isPresent(),
        "alpha2 must be a known ISO 3166-1 alpha-2 code, but was %s", Quote.of(alpha2));
    return found.get();
  }

  /**
   * Obtains a country from its alpha-3 code.
   *
   * @param alpha3  the three-letter code, case-insensitive, not null
   * @return the country
   * @throws IllegalArgumentException if the code is not a known alpha-3 code
   */
  public static Country ofAlpha3(String alpha3) {
    Optional<Country> found = findAlpha3(alpha3);
    checkArgument(found.isPresent(),
        "alpha3 must be a known ISO 3166-1 alpha-3 code, but was %s", Quote.of(alpha3));
    return found.get();
  }

  /**
   * Finds a country by its alpha-2 code, without throwing for an unknown code.
   *
   * @param alpha2  the two-letter code, case-insensitive, not null
   * @return the country, or empty if the code is unknown
   */
  public static Optional<Country> findAlpha2(String alpha2) {
    Objects.requireNonNull(alpha2, "alpha2");
    String code = alpha2.trim().toUpperCase(Locale.ROOT);
    if (code.length() != 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(code));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  /**
   * Finds a country by its alpha-3 code, without throwing for an unknown code.
   *
   * @param alpha3  the three-letter code, case-insensitive, not null
   * @return the country, or empty if the code is unknown
   */
  public static Optional<Country> findAlpha3(String alpha3) {
    Objects.requireNonNull(alpha3, "alpha3");
    return Optional.ofNullable(BY_ALPHA3.get(alpha3.trim().toUpperCase(Locale.ROOT)));
  }
}
