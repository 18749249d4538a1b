package io.github.vetmobility.json;

import io.github.vetmobility.distance.Distance;
import io.github.vetmobility.funding.Grant;
import io.github.vetmobility.funding.GrantItem;
import io.github.vetmobility.funding.GrantLine;
import io.github.vetmobility.internal.Text;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.money.MoneyRange;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.Citation;
import io.github.vetmobility.rules.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The JSON form of the library's answers, exactly as the command-line checker's {@code jsonl}
 * report writes them, so that a host's web service, a log and the checker agree byte for byte. Core
 * has no dependency: this class writes RFC 8259 JSON itself, with snake_case names, amounts as
 * decimal euros with two decimals ({@code 1258.00}) and {@code null} where a value is unknown.
 *
 * <ul>
 *   <li>{@link #of(Assessment)}: {@code {"verdict", "edition", "confidence", "findings"}};
 *   <li>{@link #of(Grant)}: {@code {"currency", "travel", "individual_support",
 *       "organisational_support", "inclusion_support", "course_fees", "exceptional_costs",
 *       "linguistic_support", "preparatory_visit", "total", "total_min", "total_max", "rate_table",
 *       "lines"}}, each line {@code {"item", "rule", "amount", "min", "max", "explanation",
 *       "source", "confidence"}};
 *   <li>{@link #row(String, Assessment, Grant)}: one mobility as a row of the checker's report,
 *       {@code {"mobility_id", "verdict", "edition", "confidence", "findings", "distance_km",
 *       "distance_band", "grant"}} (the checker adds {@code "line"} after {@code "mobility_id"}).
 * </ul>
 *
 * <p>Messages are in English unless a locale is given ({@link Finding#message(Locale)}). Every
 * method is thread-safe; the {@code append...} methods write into a caller's builder, for writers
 * of many rows.
 */
public final class Json {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final GrantItem[] ITEMS = GrantItem.values();
  private static final String[] ITEM_NAMES = {
    "travel",
    "individual_support",
    "organisational_support",
    "inclusion_support",
    "course_fees",
    "exceptional_costs",
    "linguistic_support",
    "preparatory_visit"
  };

  static {
    // The names above follow the order of GrantItem: a new item must be named here too.
    if (ITEMS.length != ITEM_NAMES.length) {
      throw new ExceptionInInitializerError("a grant item without a JSON name");
    }
  }

  private Json() {}

  /**
   * Returns an assessment as JSON: {@code verdict}, {@code edition} (the rule book's key, for
   * example {@code EP2127-2024-KA122}), {@code confidence} (lower case) and {@code findings}.
   *
   * @param assessment the assessment
   * @return one JSON object, without a line break
   */
  public static String of(Assessment assessment) {
    return of(assessment, Locale.ENGLISH);
  }

  /**
   * Returns an assessment as JSON, with the findings' messages in a language.
   *
   * @param assessment the assessment
   * @param locale the language of the messages (see {@link Finding#message(Locale)})
   * @return one JSON object, without a line break
   */
  public static String of(Assessment assessment, Locale locale) {
    StringBuilder sb = new StringBuilder(256).append('{');
    return appendAssessmentFields(sb, assessment, locale).append('}').toString();
  }

  /**
   * Returns a grant as JSON, with every line and its working.
   *
   * @param grant the grant
   * @return one JSON object, without a line break
   */
  public static String of(Grant grant) {
    return appendGrant(new StringBuilder(512), grant).toString();
  }

  /**
   * Returns one finding as JSON: {@code rule}, {@code severity}, {@code field}, {@code message} (in
   * English) and {@code source} (the citation in one line).
   *
   * @param finding the finding
   * @return one JSON object
   */
  public static String of(Finding finding) {
    return appendFinding(new StringBuilder(160), finding, Locale.ENGLISH).toString();
  }

  /**
   * Returns a mobility's assessment and grant as one row of the checker's {@code jsonl} report.
   *
   * @param mobilityId the host's id of the mobility, or {@code null}
   * @param assessment its assessment
   * @param grant its grant, as {@code GrantCalculator} gave it for that assessment
   * @return one JSON object, without a line break
   */
  public static String row(String mobilityId, Assessment assessment, Grant grant) {
    return row(mobilityId, assessment, grant, Locale.ENGLISH);
  }

  /**
   * Returns a mobility's assessment and grant as one row of the checker's {@code jsonl} report,
   * with the findings' messages in a language.
   *
   * @param mobilityId the host's id of the mobility, or {@code null}
   * @param assessment its assessment
   * @param grant its grant, as {@code GrantCalculator} gave it for that assessment
   * @param locale the language of the messages (see {@link Finding#message(Locale)})
   * @return one JSON object, without a line break
   */
  public static String row(String mobilityId, Assessment assessment, Grant grant, Locale locale) {
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(locale, "locale");
    StringBuilder sb = new StringBuilder(1024).append("{\"mobility_id\":");
    appendString(sb, mobilityId).append(',');
    appendAssessmentFields(sb, assessment, locale);
    appendDistance(sb, grant);
    sb.append(",\"grant\":");
    return appendGrant(sb, grant).append('}').toString();
  }

  /**
   * Appends the fields {@code "distance_km"} (rounded to two decimals, without trailing zeros) and
   * {@code "distance_band"} of a grant's distance, each preceded by a comma; {@code null} values
   * when the grant has no distance.
   *
   * @param out where to write
   * @param grant the grant
   * @return {@code out}
   */
  public static StringBuilder appendDistance(StringBuilder out, Grant grant) {
    Distance d = grant.distance().orElse(null);
    out.append(",\"distance_km\":");
    if (d == null) {
      return out.append("null,\"distance_band\":null");
    }
    appendKm(out, d.km()).append(",\"distance_band\":");
    return appendString(out, d.band().label());
  }

  /**
   * Appends kilometres as a JSON number rounded to two decimals, without trailing zeros ({@code
   * 1234.5}).
   *
   * @param out where to write
   * @param km the kilometres
   * @return {@code out}
   */
  public static StringBuilder appendKm(StringBuilder out, double km) {
    long hundredths = Math.round(km * 100);
    out.append(hundredths / 100);
    long frac = hundredths % 100;
    if (frac != 0) {
      out.append('.');
      if (frac < 10) {
        out.append('0').append(frac);
      } else {
        out.append(frac % 10 == 0 ? frac / 10 : frac);
      }
    }
    return out;
  }

  // "verdict":..,"edition":..,"confidence":..,"findings":[..]  (inside an object left open)
  private static StringBuilder appendAssessmentFields(
      StringBuilder out, Assessment a, Locale locale) {
    out.append("\"verdict\":\"").append(a.verdict().name()).append("\",\"edition\":");
    appendString(out, a.ruleBook().key()).append(",\"confidence\":\"");
    out.append(a.confidence().key()).append("\",\"findings\":[");
    List<Finding> findings = a.findings();
    for (int i = 0; i < findings.size(); i++) {
      appendFinding(i == 0 ? out : out.append(','), findings.get(i), locale);
    }
    return out.append(']');
  }

  /**
   * Appends one finding as a JSON object.
   *
   * @param out where to write
   * @param finding the finding
   * @param locale the language of the message (see {@link Finding#message(Locale)})
   * @return {@code out}
   */
  public static StringBuilder appendFinding(StringBuilder out, Finding finding, Locale locale) {
    return appendFinding(
        out,
        finding.ruleId(),
        finding.severity().name(),
        finding.field(),
        locale.getLanguage().equals("en") ? finding.message() : finding.message(locale),
        finding.citation().toString());
  }

  /**
   * Appends a finding given by its parts, in the same form as {@link #appendFinding(StringBuilder,
   * Finding, Locale)}: for a report that adds findings of its own (the checker's input findings).
   *
   * @param out where to write
   * @param rule the rule id, e.g. {@code VET-DURATION-MIN}
   * @param severity the severity's name, e.g. {@code ERROR}
   * @param field the field or column, or {@code null}
   * @param message the message
   * @param source the citation in one line, or {@code null}
   * @return {@code out}
   */
  public static StringBuilder appendFinding(
      StringBuilder out,
      String rule,
      String severity,
      String field,
      String message,
      String source) {
    out.append("{\"rule\":");
    appendString(out, rule).append(",\"severity\":");
    appendString(out, severity).append(",\"field\":");
    appendString(out, field).append(",\"message\":");
    appendString(out, message).append(",\"source\":");
    return appendString(out, source).append('}');
  }

  /**
   * Appends a grant as a JSON object: the exact sum per budget category ({@code null} when a line
   * of the category is a range or unknown), the exact total ({@code null} unless every line is
   * exact), {@code total_min} and {@code total_max} ({@code null} when a line is unknown), the
   * agency rate table used ({@code null} if none) and every line.
   *
   * @param out where to write
   * @param grant the grant
   * @return {@code out}
   */
  public static StringBuilder appendGrant(StringBuilder out, Grant grant) {
    out.append("{\"currency\":\"EUR\"");
    for (int i = 0; i < ITEMS.length; i++) {
      out.append(",\"").append(ITEM_NAMES[i]).append("\":");
      appendMoney(out, grant.amount(ITEMS[i]).orElse(null));
    }
    out.append(",\"total\":");
    appendMoney(out, grant.total().orElse(null));
    MoneyRange range = grant.totalRange().orElse(null);
    out.append(",\"total_min\":");
    appendMoney(out, range == null ? null : range.min());
    out.append(",\"total_max\":");
    appendMoney(out, range == null ? null : range.max());
    out.append(",\"rate_table\":");
    appendString(out, grant.rateTable().orElse(null)).append(",\"lines\":[");
    List<GrantLine> lines = grant.lines();
    for (int i = 0; i < lines.size(); i++) {
      appendLine(i == 0 ? out : out.append(','), lines.get(i));
    }
    return out.append("]}");
  }

  /**
   * Appends one grant line: {@code item}, {@code rule}, {@code amount} (exact, else {@code null}),
   * {@code min} and {@code max} (equal when exact, {@code null} when unknown), {@code explanation}
   * (the numbers and the formula, or why the amount is a range or unknown), {@code source} (the
   * citation in one line) and {@code confidence}.
   *
   * @param out where to write
   * @param line the line
   * @return {@code out}
   */
  public static StringBuilder appendLine(StringBuilder out, GrantLine line) {
    out.append("{\"item\":\"").append(line.item().name()).append("\",\"rule\":");
    appendString(out, line.ruleId()).append(",\"amount\":");
    appendMoney(out, line.amount().orElse(null));
    MoneyRange range = line.range().orElse(null);
    out.append(",\"min\":");
    appendMoney(out, range == null ? null : range.min());
    out.append(",\"max\":");
    appendMoney(out, range == null ? null : range.max());
    out.append(",\"explanation\":");
    appendString(out, line.explanation());
    Citation citation = line.citation().orElse(null);
    out.append(",\"source\":");
    appendString(out, citation == null ? null : citation.toString());
    out.append(",\"confidence\":");
    if (citation == null || citation.confidence().isEmpty()) {
      out.append("null");
    } else {
      out.append('"').append(citation.confidence().get().key()).append('"');
    }
    return out.append('}');
  }

  /**
   * Appends an amount as a JSON number with two decimals ({@code 1500.00}), or {@code null}.
   *
   * @param out where to write
   * @param amount the amount, or {@code null}
   * @return {@code out}
   */
  public static StringBuilder appendMoney(StringBuilder out, Money amount) {
    return amount == null ? out.append("null") : Text.appendCents(out, amount.cents(), false);
  }

  /**
   * Appends a text as a JSON string, or {@code null}: quotes, backslashes and control characters
   * escaped, and U+2028 and U+2029 too, so that the line is also valid JavaScript.
   *
   * @param out where to write
   * @param value the text, or {@code null}
   * @return {@code out}
   */
  public static StringBuilder appendString(StringBuilder out, CharSequence value) {
    if (value == null) {
      return out.append("null");
    }
    out.append('"');
    // One scan, then one copy for the texts that need no escape (most). Through String, not
    // CharSequence: charAt on the interface was a call per character.
    String text = value.toString();
    int n = text.length();
    int first = 0;
    while (first < n && !needsEscape(text.charAt(first))) {
      first++;
    }
    if (first == n) {
      return out.append(text).append('"');
    }
    out.append(text, 0, first);
    for (int i = first; i < n; i++) {
      char c = text.charAt(i);
      if (!needsEscape(c)) {
        out.append(c);
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append("\\u")
            .append(HEX[(c >> 12) & 0xF])
            .append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF])
            .append(HEX[c & 0xF]);
      }
    }
    return out.append('"');
  }

  private static boolean needsEscape(char c) {
    // One look-up for ASCII, the bulk of every text; U+2028 and U+2029 differ in the last bit.
    return c < ESCAPED.length ? ESCAPED[c] : (c | 1) == '\u2029';
  }

  private static final boolean[] ESCAPED = new boolean[128];

  static {
    for (char c = 0; c < 0x20; c++) {
      ESCAPED[c] = true;
    }
    ESCAPED['"'] = true;
    ESCAPED['\\'] = true;
  }
}
