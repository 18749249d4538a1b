package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

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
    Json.appendString(sb, row.mobilityId());
    sb.append(",\"line\":").append(row.line());
    sb.append(",\"verdict\":\"").append(row.verdict().name()).append('"');
    sb.append(",\"edition\":");
    Json.appendString(sb, row.edition());
    sb.append(",\"confidence\":");
    Json.appendString(sb, row.confidence());
    sb.append(",\"findings\":");
    findings(sb, row.findings());
    sb.append(",\"distance_km\":");
    if (row.distanceKm() == null) {
      sb.append("null");
    } else {
      Json.appendKm(sb, row.distanceKm());
    }
    sb.append(",\"distance_band\":");
    Json.appendString(sb, row.distanceBand());
    sb.append(",\"grant\":");
    if (row.grant() == null) {
      sb.append("null");
    } else {
      Json.appendGrant(sb, row.grant().engine());
    }
    sb.append("}\n");
    out.append(sb);
  }

  /** Writes findings as a JSON array of core's finding objects. */
  static void findings(StringBuilder sb, List<Finding> findings) {
    sb.append('[');
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      Json.appendFinding(
          i == 0 ? sb : sb.append(','), f.rule(), f.severity(), f.field(), f.message(), f.source());
    }
    sb.append(']');
  }

  @Override
  public void finish(Summary summary) throws IOException {
    out.flush();
  }
}
