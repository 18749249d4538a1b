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
  /** Andorra. */
  AD("AD", "Andorra"),
  /** United Arab Emirates. */
  AE("AE", "United Arab Emirates"),
  /** Afghanistan. */
  AF("AF", "Afghanistan"),
  /** Antigua and Barbuda. */
  AG("AG", "Antigua and Barbuda"),
  /** Anguilla. */
  AI("AI", "Anguilla"),
  /** Albania. */
  AL("AL", "Albania"),
  /** Armenia. */
  AM("AM", "Armenia"),
  /** Angola. */
  AO("AO", "Angola"),
  /** Antarctica. */
  AQ("AQ", "Antarctica"),
  /** Argentina. */
  AR("AR", "Argentina"),
  /** American Samoa. */
  AS("AS", "American Samoa"),
  /** Austria. */
  AT("AT", "Austria"),
  /** Australia. */
  AU("AU", "Australia"),
  /** Aruba. */
  AW("AW", "Aruba"),
  /** Åland Islands. */
  AX("AX", "Åland Islands"),
  /** Azerbaijan. */
  AZ("AZ", "Azerbaijan"),
  /** Bosnia and Herzegovina. */
  BA("BA", "Bosnia and Herzegovina"),
  /** Barbados. */
  BB("BB", "Barbados"),
  /** Bangladesh. */
  BD("BD", "Bangladesh"),
  /** Belgium. */
  BE("BE", "Belgium"),
  /** Burkina Faso. */
  BF("BF", "Burkina Faso"),
  /** Bulgaria. */
  BG("BG", "Bulgaria"),
  /** Bahrain. */
  BH("BH", "Bahrain"),
  /** Burundi. */
  BI("BI", "Burundi"),
  /** Benin. */
  BJ("BJ", "Benin"),
  /** Saint Barthélemy. */
  BL("BL", "Saint Barthélemy"),
  /** Bermuda. */
  BM("BM", "Bermuda"),
  /** Brunei. */
  BN("BN", "Brunei"),
  /** Bolivia. */
  BO("BO", "Bolivia"),
  /** Caribbean Netherlands. */
  BQ("BQ", "Caribbean Netherlands"),
  /** Brazil. */
  BR("BR", "Brazil"),
  /** Bahamas. */
  BS("BS", "Bahamas"),
  /** Bhutan. */
  BT("BT", "Bhutan"),
  /** Bouvet Island. */
  BV("BV", "Bouvet Island"),
  /** Botswana. */
  BW("BW", "Botswana"),
  /** Belarus. */
  BY("BY", "Belarus"),
  /** Belize. */
  BZ("BZ", "Belize"),
  /** Canada. */
  CA("CA", "Canada"),
  /** Cocos (Keeling) Islands. */
  CC("CC", "Cocos (Keeling) Islands"),
  /** Democratic Republic of the Congo. */
  CD("CD", "Democratic Republic of the Congo"),
  /** Central African Republic. */
  CF("CF", "Central African Republic"),
  /** Congo. */
  CG("CG", "Congo"),
  /** Switzerland. */
  CH("CH", "Switzerland"),
  /** Côte d'Ivoire. */
  CI("CI", "Côte d'Ivoire"),
  /** Cook Islands. */
  CK("CK", "Cook Islands"),
  /** Chile. */
  CL("CL", "Chile"),
  /** Cameroon. */
  CM("CM", "Cameroon"),
  /** China. */
  CN("CN", "China"),
  /** Colombia. */
  CO("CO", "Colombia"),
  /** Costa Rica. */
  CR("CR", "Costa Rica"),
  /** Cuba. */
  CU("CU", "Cuba"),
  /** Cape Verde. */
  CV("CV", "Cape Verde"),
  /** Curaçao. */
  CW("CW", "Curaçao"),
  /** Christmas Island. */
  CX("CX", "Christmas Island"),
  /** Cyprus. */
  CY("CY", "Cyprus"),
  /** Czechia. */
  CZ("CZ", "Czechia"),
  /** Germany. */
  DE("DE", "Germany"),
  /** Djibouti. */
  DJ("DJ", "Djibouti"),
  /** Denmark. */
  DK("DK", "Denmark"),
  /** Dominica. */
  DM("DM", "Dominica"),
  /** Dominican Republic. */
  DO("DO", "Dominican Republic"),
  /** Algeria. */
  DZ("DZ", "Algeria"),
  /** Ecuador. */
  EC("EC", "Ecuador"),
  /** Estonia. */
  EE("EE", "Estonia"),
  /** Egypt. */
  EG("EG", "Egypt"),
  /** Western Sahara. */
  EH("EH", "Western Sahara"),
  /** Greece. */
  EL("GR", "Greece"),
  /** Eritrea. */
  ER("ER", "Eritrea"),
  /** Spain. */
  ES("ES", "Spain"),
  /** Ethiopia. */
  ET("ET", "Ethiopia"),
  /** Finland. */
  FI("FI", "Finland"),
  /** Fiji. */
  FJ("FJ", "Fiji"),
  /** Falkland Islands. */
  FK("FK", "Falkland Islands"),
  /** Micronesia. */
  FM("FM", "Micronesia"),
  /** Faroe Islands. */
  FO("FO", "Faroe Islands"),
  /** France. */
  FR("FR", "France"),
  /** Gabon. */
  GA("GA", "Gabon"),
  /** Grenada. */
  GD("GD", "Grenada"),
  /** Georgia. */
  GE("GE", "Georgia"),
  /** French Guiana. */
  GF("GF", "French Guiana"),
  /** Guernsey. */
  GG("GG", "Guernsey"),
  /** Ghana. */
  GH("GH", "Ghana"),
  /** Gibraltar. */
  GI("GI", "Gibraltar"),
  /** Greenland. */
  GL("GL", "Greenland"),
  /** Gambia. */
  GM("GM", "Gambia"),
  /** Guinea. */
  GN("GN", "Guinea"),
  /** Guadeloupe. */
  GP("GP", "Guadeloupe"),
  /** Equatorial Guinea. */
  GQ("GQ", "Equatorial Guinea"),
  /** South Georgia and South Sandwich Islands. */
  GS("GS", "South Georgia and South Sandwich Islands"),
  /** Guatemala. */
  GT("GT", "Guatemala"),
  /** Guam. */
  GU("GU", "Guam"),
  /** Guinea-Bissau. */
  GW("GW", "Guinea-Bissau"),
  /** Guyana. */
  GY("GY", "Guyana"),
  /** Hong Kong. */
  HK("HK", "Hong Kong"),
  /** Heard and McDonald Islands. */
  HM("HM", "Heard and McDonald Islands"),
  /** Honduras. */
  HN("HN", "Honduras"),
  /** Croatia. */
  HR("HR", "Croatia"),
  /** Haiti. */
  HT("HT", "Haiti"),
  /** Hungary. */
  HU("HU", "Hungary"),
  /** Indonesia. */
  ID("ID", "Indonesia"),
  /** Ireland. */
  IE("IE", "Ireland"),
  /** Israel. */
  IL("IL", "Israel"),
  /** Isle of Man. */
  IM("IM", "Isle of Man"),
  /** India. */
  IN("IN", "India"),
  /** British Indian Ocean Territory. */
  IO("IO", "British Indian Ocean Territory"),
  /** Iraq. */
  IQ("IQ", "Iraq"),
  /** Iran. */
  IR("IR", "Iran"),
  /** Iceland. */
  IS("IS", "Iceland"),
  /** Italy. */
  IT("IT", "Italy"),
  /** Jersey. */
  JE("JE", "Jersey"),
  /** Jamaica. */
  JM("JM", "Jamaica"),
  /** Jordan. */
  JO("JO", "Jordan"),
  /** Japan. */
  JP("JP", "Japan"),
  /** Kenya. */
  KE("KE", "Kenya"),
  /** Kyrgyzstan. */
  KG("KG", "Kyrgyzstan"),
  /** Cambodia. */
  KH("KH", "Cambodia"),
  /** Kiribati. */
  KI("KI", "Kiribati"),
  /** Comoros. */
  KM("KM", "Comoros"),
  /** Saint Kitts and Nevis. */
  KN("KN", "Saint Kitts and Nevis"),
  /** North Korea. */
  KP("KP", "North Korea"),
  /** South Korea. */
  KR("KR", "South Korea"),
  /** Kuwait. */
  KW("KW", "Kuwait"),
  /** Cayman Islands. */
  KY("KY", "Cayman Islands"),
  /** Kazakhstan. */
  KZ("KZ", "Kazakhstan"),
  /** Laos. */
  LA("LA", "Laos"),
  /** Lebanon. */
  LB("LB", "Lebanon"),
  /** Saint Lucia. */
  LC("LC", "Saint Lucia"),
  /** Liechtenstein. */
  LI("LI", "Liechtenstein"),
  /** Sri Lanka. */
  LK("LK", "Sri Lanka"),
  /** Liberia. */
  LR("LR", "Liberia"),
  /** Lesotho. */
  LS("LS", "Lesotho"),
  /** Lithuania. */
  LT("LT", "Lithuania"),
  /** Luxembourg. */
  LU("LU", "Luxembourg"),
  /** Latvia. */
  LV("LV", "Latvia"),
  /** Libya. */
  LY("LY", "Libya"),
  /** Morocco. */
  MA("MA", "Morocco"),
  /** Monaco. */
  MC("MC", "Monaco"),
  /** Moldova. */
  MD("MD", "Moldova"),
  /** Montenegro. */
  ME("ME", "Montenegro"),
  /** Saint Martin. */
  MF("MF", "Saint Martin"),
  /** Madagascar. */
  MG("MG", "Madagascar"),
  /** Marshall Islands. */
  MH("MH", "Marshall Islands"),
  /** North Macedonia. */
  MK("MK", "North Macedonia"),
  /** Mali. */
  ML("ML", "Mali"),
  /** Myanmar. */
  MM("MM", "Myanmar"),
  /** Mongolia. */
  MN("MN", "Mongolia"),
  /** Macao. */
  MO("MO", "Macao"),
  /** Northern Mariana Islands. */
  MP("MP", "Northern Mariana Islands"),
  /** Martinique. */
  MQ("MQ", "Martinique"),
  /** Mauritania. */
  MR("MR", "Mauritania"),
  /** Montserrat. */
  MS("MS", "Montserrat"),
  /** Malta. */
  MT("MT", "Malta"),
  /** Mauritius. */
  MU("MU", "Mauritius"),
  /** Maldives. */
  MV("MV", "Maldives"),
  /** Malawi. */
  MW("MW", "Malawi"),
  /** Mexico. */
  MX("MX", "Mexico"),
  /** Malaysia. */
  MY("MY", "Malaysia"),
  /** Mozambique. */
  MZ("MZ", "Mozambique"),
  /** Namibia. */
  NA("NA", "Namibia"),
  /** New Caledonia. */
  NC("NC", "New Caledonia"),
  /** Niger. */
  NE("NE", "Niger"),
  /** Norfolk Island. */
  NF("NF", "Norfolk Island"),
  /** Nigeria. */
  NG("NG", "Nigeria"),
  /** Nicaragua. */
  NI("NI", "Nicaragua"),
  /** Netherlands. */
  NL("NL", "Netherlands"),
  /** Norway. */
  NO("NO", "Norway"),
  /** Nepal. */
  NP("NP", "Nepal"),
  /** Nauru. */
  NR("NR", "Nauru"),
  /** Niue. */
  NU("NU", "Niue"),
  /** New Zealand. */
  NZ("NZ", "New Zealand"),
  /** Oman. */
  OM("OM", "Oman"),
  /** Panama. */
  PA("PA", "Panama"),
  /** Peru. */
  PE("PE", "Peru"),
  /** French Polynesia. */
  PF("PF", "French Polynesia"),
  /** Papua New Guinea. */
  PG("PG", "Papua New Guinea"),
  /** Philippines. */
  PH("PH", "Philippines"),
  /** Pakistan. */
  PK("PK", "Pakistan"),
  /** Poland. */
  PL("PL", "Poland"),
  /** Saint Pierre and Miquelon. */
  PM("PM", "Saint Pierre and Miquelon"),
  /** Pitcairn Islands. */
  PN("PN", "Pitcairn Islands"),
  /** Puerto Rico. */
  PR("PR", "Puerto Rico"),
  /** Palestine. */
  PS("PS", "Palestine"),
  /** Portugal. */
  PT("PT", "Portugal"),
  /** Palau. */
  PW("PW", "Palau"),
  /** Paraguay. */
  PY("PY", "Paraguay"),
  /** Qatar. */
  QA("QA", "Qatar"),
  /** Réunion. */
  RE("RE", "Réunion"),
  /** Romania. */
  RO("RO", "Romania"),
  /** Serbia. */
  RS("RS", "Serbia"),
  /** Russia. */
  RU("RU", "Russia"),
  /** Rwanda. */
  RW("RW", "Rwanda"),
  /** Saudi Arabia. */
  SA("SA", "Saudi Arabia"),
  /** Solomon Islands. */
  SB("SB", "Solomon Islands"),
  /** Seychelles. */
  SC("SC", "Seychelles"),
  /** Sudan. */
  SD("SD", "Sudan"),
  /** Sweden. */
  SE("SE", "Sweden"),
  /** Singapore. */
  SG("SG", "Singapore"),
  /** Saint Helena. */
  SH("SH", "Saint Helena"),
  /** Slovenia. */
  SI("SI", "Slovenia"),
  /** Svalbard and Jan Mayen. */
  SJ("SJ", "Svalbard and Jan Mayen"),
  /** Slovakia. */
  SK("SK", "Slovakia"),
  /** Sierra Leone. */
  SL("SL", "Sierra Leone"),
  /** San Marino. */
  SM("SM", "San Marino"),
  /** Senegal. */
  SN("SN", "Senegal"),
  /** Somalia. */
  SO("SO", "Somalia"),
  /** Suriname. */
  SR("SR", "Suriname"),
  /** South Sudan. */
  SS("SS", "South Sudan"),
  /** São Tomé and Príncipe. */
  ST("ST", "São Tomé and Príncipe"),
  /** El Salvador. */
  SV("SV", "El Salvador"),
  /** Sint Maarten. */
  SX("SX", "Sint Maarten"),
  /** Syria. */
  SY("SY", "Syria"),
  /** Eswatini. */
  SZ("SZ", "Eswatini"),
  /** Turks and Caicos Islands. */
  TC("TC", "Turks and Caicos Islands"),
  /** Chad. */
  TD("TD", "Chad"),
  /** French Southern Territories. */
  TF("TF", "French Southern Territories"),
  /** Togo. */
  TG("TG", "Togo"),
  /** Thailand. */
  TH("TH", "Thailand"),
  /** Tajikistan. */
  TJ("TJ", "Tajikistan"),
  /** Tokelau. */
  TK("TK", "Tokelau"),
  /** Timor-Leste. */
  TL("TL", "Timor-Leste"),
  /** Turkmenistan. */
  TM("TM", "Turkmenistan"),
  /** Tunisia. */
  TN("TN", "Tunisia"),
  /** Tonga. */
  TO("TO", "Tonga"),
  /** Türkiye. */
  TR("TR", "Türkiye"),
  /** Trinidad and Tobago. */
  TT("TT", "Trinidad and Tobago"),
  /** Tuvalu. */
  TV("TV", "Tuvalu"),
  /** Taiwan. */
  TW("TW", "Taiwan"),
  /** Tanzania. */
  TZ("TZ", "Tanzania"),
  /** Ukraine. */
  UA("UA", "Ukraine"),
  /** Uganda. */
  UG("UG", "Uganda"),
  /** United Kingdom. */
  UK("GB", "United Kingdom"),
  /** U.S. Outlying Islands. */
  UM("UM", "U.S. Outlying Islands"),
  /** United States. */
  US("US", "United States"),
  /** Uruguay. */
  UY("UY", "Uruguay"),
  /** Uzbekistan. */
  UZ("UZ", "Uzbekistan"),
  /** Vatican City. */
  VA("VA", "Vatican City"),
  /** Saint Vincent and Grenadines. */
  VC("VC", "Saint Vincent and Grenadines"),
  /** Venezuela. */
  VE("VE", "Venezuela"),
  /** British Virgin Islands. */
  VG("VG", "British Virgin Islands"),
  /** U.S. Virgin Islands. */
  VI("VI", "U.S. Virgin Islands"),
  /** Vietnam. */
  VN("VN", "Vietnam"),
  /** Vanuatu. */
  VU("VU", "Vanuatu"),
  /** Wallis and Futuna. */
  WF("WF", "Wallis and Futuna"),
  /** Samoa. */
  WS("WS", "Samoa"),
  /** Kosovo. */
  XK("XK", "Kosovo"),
  /** Yemen. */
  YE("YE", "Yemen"),
  /** Mayotte. */
  YT("YT", "Mayotte"),
  /** South Africa. */
  ZA("ZA", "South Africa"),
  /** Zambia. */
  ZM("ZM", "Zambia"),
  /** Zimbabwe. */
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

  /** {@return the code the Commission uses, for example {@code EL} for Greece} */
  public String code() {
    return name();
  }

  /** {@return the ISO 3166-1 alpha-2 code, for example {@code GR} for Greece} */
  public String isoCode() {
    return isoCode;
  }

  /** {@return the short English name, for example {@code "North Macedonia"}} */
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
