package io.github.vetmobility.country;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.Text;

/**
 * A country as the European Commission codes it in Erasmus+: ISO 3166-1 alpha-2, except {@code EL}
 * for Greece, {@code UK} for the United Kingdom and {@code XK} for Kosovo.
 *
 * <p>Every ISO 3166-1 country is representable, because any country of the world can be a partner
 * country of some edition. A country's status (EU Member State, associated, not associated) is not
 * a property of the country: it depends on the edition of the rules and is answered by the rule
 * book.
 *
 * <p>Look-up by code is an array index computed from the two letters: no string hashing.
 */
public enum CountryCode {
  AD("AD", "Andorra"),
  AE("AE", "United Arab Emirates"),
  AF("AF", "Afghanistan"),
  AG("AG", "Antigua and Barbuda"),
  AI("AI", "Anguilla"),
  AL("AL", "Albania"),
  AM("AM", "Armenia"),
  AO("AO", "Angola"),
  AQ("AQ", "Antarctica"),
  AR("AR", "Argentina"),
  AS("AS", "American Samoa"),
  AT("AT", "Austria"),
  AU("AU", "Australia"),
  AW("AW", "Aruba"),
  AX("AX", "Åland Islands"),
  AZ("AZ", "Azerbaijan"),
  BA("BA", "Bosnia and Herzegovina"),
  BB("BB", "Barbados"),
  BD("BD", "Bangladesh"),
  BE("BE", "Belgium"),
  BF("BF", "Burkina Faso"),
  BG("BG", "Bulgaria"),
  BH("BH", "Bahrain"),
  BI("BI", "Burundi"),
  BJ("BJ", "Benin"),
  BL("BL", "Saint Barthélemy"),
  BM("BM", "Bermuda"),
  BN("BN", "Brunei"),
  BO("BO", "Bolivia"),
  BQ("BQ", "Caribbean Netherlands"),
  BR("BR", "Brazil"),
  BS("BS", "Bahamas"),
  BT("BT", "Bhutan"),
  BV("BV", "Bouvet Island"),
  BW("BW", "Botswana"),
  BY("BY", "Belarus"),
  BZ("BZ", "Belize"),
  CA("CA", "Canada"),
  CC("CC", "Cocos (Keeling) Islands"),
  CD("CD", "Democratic Republic of the Congo"),
  CF("CF", "Central African Republic"),
  CG("CG", "Congo"),
  CH("CH", "Switzerland"),
  CI("CI", "Côte d'Ivoire"),
  CK("CK", "Cook Islands"),
  CL("CL", "Chile"),
  CM("CM", "Cameroon"),
  CN("CN", "China"),
  CO("CO", "Colombia"),
  CR("CR", "Costa Rica"),
  CU("CU", "Cuba"),
  CV("CV", "Cape Verde"),
  CW("CW", "Curaçao"),
  CX("CX", "Christmas Island"),
  CY("CY", "Cyprus"),
  CZ("CZ", "Czechia"),
  DE("DE", "Germany"),
  DJ("DJ", "Djibouti"),
  DK("DK", "Denmark"),
  DM("DM", "Dominica"),
  DO("DO", "Dominican Republic"),
  DZ("DZ", "Algeria"),
  EC("EC", "Ecuador"),
  EE("EE", "Estonia"),
  EG("EG", "Egypt"),
  EH("EH", "Western Sahara"),
  EL("GR", "Greece"),
  ER("ER", "Eritrea"),
  ES("ES", "Spain"),
  ET("ET", "Ethiopia"),
  FI("FI", "Finland"),
  FJ("FJ", "Fiji"),
  FK("FK", "Falkland Islands"),
  FM("FM", "Micronesia"),
  FO("FO", "Faroe Islands"),
  FR("FR", "France"),
  GA("GA", "Gabon"),
  GD("GD", "Grenada"),
  GE("GE", "Georgia"),
  GF("GF", "French Guiana"),
  GG("GG", "Guernsey"),
  GH("GH", "Ghana"),
  GI("GI", "Gibraltar"),
  GL("GL", "Greenland"),
  GM("GM", "Gambia"),
  GN("GN", "Guinea"),
  GP("GP", "Guadeloupe"),
  GQ("GQ", "Equatorial Guinea"),
  GS("GS", "South Georgia and South Sandwich Islands"),
  GT("GT", "Guatemala"),
  GU("GU", "Guam"),
  GW("GW", "Guinea-Bissau"),
  GY("GY", "Guyana"),
  HK("HK", "Hong Kong"),
  HM("HM", "Heard and McDonald Islands"),
  HN("HN", "Honduras"),
  HR("HR", "Croatia"),
  HT("HT", "Haiti"),
  HU("HU", "Hungary"),
  ID("ID", "Indonesia"),
  IE("IE", "Ireland"),
  IL("IL", "Israel"),
  IM("IM", "Isle of Man"),
  IN("IN", "India"),
  IO("IO", "British Indian Ocean Territory"),
  IQ("IQ", "Iraq"),
  IR("IR", "Iran"),
  IS("IS", "Iceland"),
  IT("IT", "Italy"),
  JE("JE", "Jersey"),
  JM("JM", "Jamaica"),
  JO("JO", "Jordan"),
  JP("JP", "Japan"),
  KE("KE", "Kenya"),
  KG("KG", "Kyrgyzstan"),
  KH("KH", "Cambodia"),
  KI("KI", "Kiribati"),
  KM("KM", "Comoros"),
  KN("KN", "Saint Kitts and Nevis"),
  KP("KP", "North Korea"),
  KR("KR", "South Korea"),
  KW("KW", "Kuwait"),
  KY("KY", "Cayman Islands"),
  KZ("KZ", "Kazakhstan"),
  LA("LA", "Laos"),
  LB("LB", "Lebanon"),
  LC("LC", "Saint Lucia"),
  LI("LI", "Liechtenstein"),
  LK("LK", "Sri Lanka"),
  LR("LR", "Liberia"),
  LS("LS", "Lesotho"),
  LT("LT", "Lithuania"),
  LU("LU", "Luxembourg"),
  LV("LV", "Latvia"),
  LY("LY", "Libya"),
  MA("MA", "Morocco"),
  MC("MC", "Monaco"),
  MD("MD", "Moldova"),
  ME("ME", "Montenegro"),
  MF("MF", "Saint Martin"),
  MG("MG", "Madagascar"),
  MH("MH", "Marshall Islands"),
  MK("MK", "North Macedonia"),
  ML("ML", "Mali"),
  MM("MM", "Myanmar"),
  MN("MN", "Mongolia"),
  MO("MO", "Macao"),
  MP("MP", "Northern Mariana Islands"),
  MQ("MQ", "Martinique"),
  MR("MR", "Mauritania"),
  MS("MS", "Montserrat"),
  MT("MT", "Malta"),
  MU("MU", "Mauritius"),
  MV("MV", "Maldives"),
  MW("MW", "Malawi"),
  MX("MX", "Mexico"),
  MY("MY", "Malaysia"),
  MZ("MZ", "Mozambique"),
  NA("NA", "Namibia"),
  NC("NC", "New Caledonia"),
  NE("NE", "Niger"),
  NF("NF", "Norfolk Island"),
  NG("NG", "Nigeria"),
  NI("NI", "Nicaragua"),
  NL("NL", "Netherlands"),
  NO("NO", "Norway"),
  NP("NP", "Nepal"),
  NR("NR", "Nauru"),
  NU("NU", "Niue"),
  NZ("NZ", "New Zealand"),
  OM("OM", "Oman"),
  PA("PA", "Panama"),
  PE("PE", "Peru"),
  PF("PF", "French Polynesia"),
  PG("PG", "Papua New Guinea"),
  PH("PH", "Philippines"),
  PK("PK", "Pakistan"),
  PL("PL", "Poland"),
  PM("PM", "Saint Pierre and Miquelon"),
  PN("PN", "Pitcairn Islands"),
  PR("PR", "Puerto Rico"),
  PS("PS", "Palestine"),
  PT("PT", "Portugal"),
  PW("PW", "Palau"),
  PY("PY", "Paraguay"),
  QA("QA", "Qatar"),
  RE("RE", "Réunion"),
  RO("RO", "Romania"),
  RS("RS", "Serbia"),
  RU("RU", "Russia"),
  RW("RW", "Rwanda"),
  SA("SA", "Saudi Arabia"),
  SB("SB", "Solomon Islands"),
  SC("SC", "Seychelles"),
  SD("SD", "Sudan"),
  SE("SE", "Sweden"),
  SG("SG", "Singapore"),
  SH("SH", "Saint Helena"),
  SI("SI", "Slovenia"),
  SJ("SJ", "Svalbard and Jan Mayen"),
  SK("SK", "Slovakia"),
  SL("SL", "Sierra Leone"),
  SM("SM", "San Marino"),
  SN("SN", "Senegal"),
  SO("SO", "Somalia"),
  SR("SR", "Suriname"),
  SS("SS", "South Sudan"),
  ST("ST", "São Tomé and Príncipe"),
  SV("SV", "El Salvador"),
  SX("SX", "Sint Maarten"),
  SY("SY", "Syria"),
  SZ("SZ", "Eswatini"),
  TC("TC", "Turks and Caicos Islands"),
  TD("TD", "Chad"),
  TF("TF", "French Southern Territories"),
  TG("TG", "Togo"),
  TH("TH", "Thailand"),
  TJ("TJ", "Tajikistan"),
  TK("TK", "Tokelau"),
  TL("TL", "Timor-Leste"),
  TM("TM", "Turkmenistan"),
  TN("TN", "Tunisia"),
  TO("TO", "Tonga"),
  TR("TR", "Türkiye"),
  TT("TT", "Trinidad and Tobago"),
  TV("TV", "Tuvalu"),
  TW("TW", "Taiwan"),
  TZ("TZ", "Tanzania"),
  UA("UA", "Ukraine"),
  UG("UG", "Uganda"),
  UK("GB", "United Kingdom"),
  UM("UM", "U.S. Outlying Islands"),
  US("US", "United States"),
  UY("UY", "Uruguay"),
  UZ("UZ", "Uzbekistan"),
  VA("VA", "Vatican City"),
  VC("VC", "Saint Vincent and Grenadines"),
  VE("VE", "Venezuela"),
  VG("VG", "British Virgin Islands"),
  VI("VI", "U.S. Virgin Islands"),
  VN("VN", "Vietnam"),
  VU("VU", "Vanuatu"),
  WF("WF", "Wallis and Futuna"),
  WS("WS", "Samoa"),
  XK("XK", "Kosovo"),
  YE("YE", "Yemen"),
  YT("YT", "Mayotte"),
  ZA("ZA", "South Africa"),
  ZM("ZM", "Zambia"),
  ZW("ZW", "Zimbabwe");

  private static final CountryCode[] BY_LETTERS = new CountryCode[26 * 26];

  static {
    for (CountryCode c : values()) {
      BY_LETTERS[index(c.name().charAt(0), c.name().charAt(1))] = c;
    }
  }

  private final String isoCode;
  private final String englishName;

  CountryCode(String isoCode, String englishName) {
    this.isoCode = isoCode;
    this.englishName = englishName;
  }

  /** Returns the code the Commission uses, for example {@code EL} for Greece. */
  public String code() {
    return name();
  }

  /** Returns the ISO 3166-1 alpha-2 code, for example {@code GR} for Greece. */
  public String isoCode() {
    return isoCode;
  }

  /** Returns the short English name, for example {@code "North Macedonia"}. */
  public String englishName() {
    return englishName;
  }

  /**
   * Parses a country code in any case, accepting the ISO aliases {@code GR} (for {@code EL}) and
   * {@code GB} (for {@code UK}); surrounding white space is ignored.
   *
   * @param text the code, e.g. {@code "el"}, {@code "GR"} or {@code " XK "}
   * @return the country
   * @throws InvalidValueException if {@code text} is {@code null} or not a known code
   */
  public static CountryCode parse(CharSequence text) {
    return parse(text, true);
  }

  /**
   * Parses a Commission country code in any case, refusing the ISO aliases {@code GR} and {@code
   * GB} (strict Commission coding, as in project references).
   *
   * @param text the code, e.g. {@code "EL"}
   * @return the country
   * @throws InvalidValueException if {@code text} is {@code null}, an ISO alias, or unknown
   */
  public static CountryCode parseStrict(CharSequence text) {
    return parse(text, false);
  }

  /**
   * Parses a country code.
   *
   * @param text the code
   * @param acceptIsoAliases whether {@code GR} and {@code GB} are accepted for {@code EL} and
   *     {@code UK}
   * @return the country
   * @throws InvalidValueException if {@code text} is {@code null} or not accepted
   */
  public static CountryCode parse(CharSequence text, boolean acceptIsoAliases) {
    if (text == null) {
      throw new InvalidValueException("country", null, expected(acceptIsoAliases));
    }
    CountryCode found = find(text, acceptIsoAliases);
    if (found == null) {
      throw new InvalidValueException("country", text, expected(acceptIsoAliases));
    }
    return found;
  }

  /** The longest text read as a country code (padding included); longer text is no code. */
  static final int MAX_TEXT_LENGTH = 32;

  /**
   * Looks a code up without throwing, for hot paths that count failures rather than handle them.
   *
   * @param text the code; may be {@code null}
   * @param acceptIsoAliases whether {@code GR} and {@code GB} are accepted
   * @return the country, or {@code null} if {@code text} is not an accepted code
   */
  public static CountryCode find(CharSequence text, boolean acceptIsoAliases) {
    // Bounded before it is read: a code is two letters, with a little padding at most.
    if (text == null || text.length() > MAX_TEXT_LENGTH) {
      return null;
    }
    int start = 0;
    int end = text.length();
    while (start < end && Text.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && Text.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end - start != 2) {
      return null;
    }
    char a = Text.upper(text.charAt(start));
    char b = Text.upper(text.charAt(start + 1));
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') {
      return null;
    }
    if (a == 'G' && b == 'R') {
      return acceptIsoAliases ? EL : null;
    }
    if (a == 'G' && b == 'B') {
      return acceptIsoAliases ? UK : null;
    }
    return BY_LETTERS[index(a, b)];
  }

  private static int index(char a, char b) {
    return (a - 'A') * 26 + (b - 'A');
  }

  private static String expected(boolean acceptIsoAliases) {
    return acceptIsoAliases
        ? "a two-letter country code (Commission coding EL, UK, XK, or ISO 3166-1 alpha-2)"
        : "a two-letter Commission country code (EL for Greece, UK for the United Kingdom, XK"
            + " for Kosovo; not GR or GB)";
  }
}
