package io.github.vetmobility.examples.cli.report;

import java.io.IOException;
import java.io.Writer;

/**
 * One JSON object per input row, in input order, with exactly the fields {@code mobility_id},
 * {@code line}, {@code verdict}, {@code edition}, {@code confidence}, {@code findings} (each {@code
 * rule}, {@code severity}, {@code field}, {@code message}, {@code source}), {@code distance_km},
 * {@code distance_band} and {@code grant} ({@code currency}, {@code travel}, {@code
 * individual_support}, {@code organisational_support}, {@code inclusion_support}, {@code
 * course_fees}, {@code exceptional_costs}, {@code total}, as decimal euros; {@code null} where a
 * line of the category is a range or unknown; {@code total_min} and {@code total_max}, the range of
 * the total, equal when the total is exact and {@code null} when a line is unknown; and {@code
 * lines}, every line as core prints it, with its formula, result, source and confidence). A row
 * that is not eligible has core's zero grant.
 */
public final class JsonlReport implements ReportWriter {
  private final Writer out;
  private final StringBuilder sb = new StringBuilder(512);

  /**
   * Creates the report.
   *
   * @param out where to write; flushed by {@link #finish}, not closed
   */
  public JsonlReport(Writer out) {
    this.out = out;
  }

  @Override
  public void start(RunInfo info) {
    // JSON Lines has no header: one object per row and nothing else.
  }

  @Override
  public void row(RowResult row) throws IOException {
    sb.setLength(0);
    sb.append("{\"mobility_id\":");
    JsonText.string(sb, row.mobilityId());
    sb.append(",\"line\":").append(row.line());
    sb.append(",\"verdict\":\"").append(row.verdict().name()).append('"');
    sb.append(",\"edition\":");
    JsonText.string(sb, row.edition());
    sb.append(",\"confidence\":");
    JsonText.string(sb, row.confidence());
    sb.append(",\"findings\":");
    JsonText.findings(sb, row.findings());
    sb.append(",\"distance_km\":");
    String km = Amounts.km(row.distanceKm());
    sb.append(km == null ? "null" : km);
    sb.append(",\"distance_band\":");
    JsonText.string(sb, row.distanceBand());
    sb.append(",\"grant\":");
    Grant g = row.grant();
    if (g == null) {
      sb.append("null");
    } else {
      sb.append("{\"currency\":\"").append(Grant.CURRENCY).append('"');
      amount("travel", Amounts.euros(g.travel()));
      amount("individual_support", Amounts.euros(g.individualSupport()));
      amount("organisational_support", Amounts.euros(g.organisationalSupport()));
      amount("inclusion_support", Amounts.euros(g.inclusionSupport()));
      amount("course_fees", Amounts.euros(g.courseFees()));
      amount("exceptional_costs", Amounts.euros(g.exceptionalCosts()));
      amount("total", Amounts.euros(g.total()));
      amount("total_min", g.totalRange() == null ? null : Amounts.euros(g.totalRange().min()));
      amount("total_max", g.totalRange() == null ? null : Amounts.euros(g.totalRange().max()));
      sb.append(",\"lines\":[");
      for (int i = 0; i < g.lines().size(); i++) {
        sb.append(i == 0 ? "" : ",");
        JsonText.string(sb, g.lines().get(i));
      }
      sb.append("]}");
    }
    sb.append("}\n");
    out.append(sb);
  }

  private void amount(String name, String value) {
    sb.append(",\"").append(name).append("\":").append(value == null ? "null" : value);
  }

  @Override
  public void finish(Summary summary) throws IOException {
    out.flush();
  }
}
