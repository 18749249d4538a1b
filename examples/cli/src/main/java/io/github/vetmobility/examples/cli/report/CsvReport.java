package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON Lines report, flat: one CSV row per input row with the same fields; the findings are
 * joined in one column as {@code SEVERITY RULE [field] message (source)}, separated by {@code " |
 * "}, the sums per budget category are columns of their own, then the total, its range ({@code
 * total_min}, {@code total_max}) and the grant's lines as core prints them, joined by {@code " |
 * "}.
 *
 * <p>A cell that a spreadsheet would run as a formula (it starts with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab or a carriage return, e.g. a {@code mobility_id} of {@code =1+1}) is written
 * with a single quote before it, so that it shows as text.
 */
public final class CsvReport implements ReportWriter {
  /** The header of the report. */
  public static final String HEADER =
      "mobility_id,line,verdict,edition,findings,distance_km,distance_band,currency,travel,"
          + "individual_support,organisational_support,inclusion_support,course_fees,"
          + "exceptional_costs,total,total_min,total_max,grant_lines,confidence";

  private final Writer out;
  private final StringBuilder sb = new StringBuilder(512);
  private final StringBuilder findings = new StringBuilder(256);

  /**
   * Creates the report.
   *
   * @param out where to write; flushed by {@link #finish}, not closed
   */
  public CsvReport(Writer out) {
    this.out = out;
  }

  @Override
  public void start(RunInfo info) throws IOException {
    out.write(HEADER);
    out.write("\r\n");
  }

  @Override
  public void row(RowResult row) throws IOException {
    sb.setLength(0);
    cell(row.mobilityId());
    sb.append(',').append(row.line());
    sb.append(',').append(row.verdict().name());
    sb.append(',');
    cell(row.edition());
    findings.setLength(0);
    joinFindings(findings, row.findings());
    sb.append(',');
    cell(findings.toString());
    sb.append(',');
    cell(
        row.distanceKm() == null
            ? null
            : Json.appendKm(new StringBuilder(8), row.distanceKm()).toString());
    sb.append(',');
    cell(row.distanceBand());
    Grant g = row.grant();
    sb.append(',').append(g == null ? "" : Grant.CURRENCY);
    sb.append(',');
    cell(g == null ? null : Amounts.euros(g.travel()));
    sb.append(',');
    cell(g == null ? null : Amounts.euros(g.individualSupport()));
    sb.append(',');
    cell(g == null ? null : Amounts.euros(g.organisationalSupport()));
    sb.append(',');
    cell(g == null ? null : Amounts.euros(g.inclusionSupport()));
    sb.append(',');
    cell(g == null ? null : Amounts.euros(g.courseFees()));
    sb.append(',');
    cell(g == null ? null : Amounts.euros(g.exceptionalCosts()));
    sb.append(',');
    cell(g == null ? null : Amounts.euros(g.total()));
    sb.append(',');
    cell(g == null || g.totalRange() == null ? null : Amounts.euros(g.totalRange().min()));
    sb.append(',');
    cell(g == null || g.totalRange() == null ? null : Amounts.euros(g.totalRange().max()));
    sb.append(',');
    cell(g == null ? null : String.join(" | ", g.lines()));
    sb.append(',');
    cell(row.confidence());
    sb.append("\r\n");
    out.append(sb);
  }

  // RFC 4180 quoting, only where needed; null is an empty cell. A cell that a spreadsheet would
  // take for a formula gets a single quote first (OWASP's advice on CSV injection).
  private void cell(String value) {
    cell(sb, value);
  }

  // RFC 4180 quoting, only where needed; null is an empty cell; a cell that would start a formula
  // gets a single quote first. Shared with the project records.
  static void cell(StringBuilder sb, String value) {
    if (value == null) {
      return;
    }
    if (startsAFormula(value)) {
      value = "'" + value;
    }
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      sb.append(value);
      return;
    }
    sb.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    sb.append('"');
  }

  // The findings of one record in one cell: SEVERITY RULE [field] message (source), joined by " |
  // ".
  static void joinFindings(StringBuilder out, List<Finding> findings) {
    for (Finding f : findings) {
      if (out.length() > 0) {
        out.append(" | ");
      }
      out.append(f.severity()).append(' ').append(f.rule());
      if (f.field() != null) {
        out.append(" [").append(f.field()).append(']');
      }
      out.append(' ').append(f.message());
      if (f.source() != null) {
        out.append(" (").append(f.source()).append(')');
      }
    }
  }

  /**
   * Returns whether a spreadsheet would read a cell as a formula: it starts with {@code =}, {@code
   * +}, {@code -}, {@code @}, a tab or a carriage return.
   *
   * @param value the cell's text
   * @return {@code true} if the cell must be neutralised
   */
  static boolean startsAFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  @Override
  public void finish(Summary summary) throws IOException {
    out.flush();
  }
}
