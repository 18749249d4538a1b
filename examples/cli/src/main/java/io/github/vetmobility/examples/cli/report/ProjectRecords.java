package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The project output of {@code check --projects FILE}: one record per project, in the order of the
 * references. JSON Lines with exactly the fields {@code project_reference}, {@code edition}, {@code
 * rows}, {@code rows_with_project_findings}, {@code verdict}, {@code confidence} and {@code
 * findings} (each {@code rule}, {@code severity}, {@code field}, {@code message}, {@code source});
 * or CSV with the same columns, the findings joined as in the row report.
 */
public final class ProjectRecords {
  private ProjectRecords() {}

  /**
   * Writes the records.
   *
   * @param out where to write (not flushed, not closed)
   * @param projects the projects
   * @param csv CSV instead of JSON Lines
   * @throws IOException if writing fails
   */
  public static void write(Writer out, List<ProjectResult> projects, boolean csv)
      throws IOException {
    StringBuilder sb = new StringBuilder(512);
    if (csv) {
      out.write(
          "project_reference,edition,rows,rows_with_project_findings,verdict,confidence,findings\r\n");
    }
    for (ProjectResult p : projects) {
      sb.setLength(0);
      if (csv) {
        StringBuilder findings = new StringBuilder();
        CsvReport.joinFindings(findings, p.findings());
        CsvReport.cell(sb, p.reference());
        sb.append(',');
        CsvReport.cell(sb, p.edition());
        sb.append(',');
        sb.append(p.rows()).append(',').append(p.rowsConcerned()).append(',');
        CsvReport.cell(sb, p.verdict());
        sb.append(',');
        CsvReport.cell(sb, p.confidence());
        sb.append(',');
        CsvReport.cell(sb, findings.toString());
        sb.append("\r\n");
      } else {
        sb.append("{\"project_reference\":");
        Json.appendString(sb, p.reference());
        sb.append(",\"edition\":");
        Json.appendString(sb, p.edition());
        sb.append(",\"rows\":").append(p.rows());
        sb.append(",\"rows_with_project_findings\":").append(p.rowsConcerned());
        sb.append(",\"verdict\":");
        Json.appendString(sb, p.verdict());
        sb.append(",\"confidence\":");
        Json.appendString(sb, p.confidence());
        sb.append(",\"findings\":");
        JsonlReport.findings(sb, p.findings());
        sb.append("}\n");
      }
      out.append(sb);
    }
  }
}
