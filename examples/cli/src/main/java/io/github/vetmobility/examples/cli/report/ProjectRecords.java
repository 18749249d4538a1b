package io.github.vetmobility.examples.cli.report;

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
        for (Finding f : p.findings()) {
          if (findings.length() > 0) {
            findings.append(" | ");
          }
          findings.append(f.severity()).append(' ').append(f.rule());
          if (f.field() != null) {
            findings.append(" [").append(f.field()).append(']');
          }
          findings.append(' ').append(f.message());
          if (f.source() != null) {
            findings.append(" (").append(f.source()).append(')');
          }
        }
        cell(sb, p.reference()).append(',');
        cell(sb, p.edition()).append(',');
        sb.append(p.rows()).append(',').append(p.rowsConcerned()).append(',');
        cell(sb, p.verdict()).append(',');
        cell(sb, p.confidence()).append(',');
        cell(sb, findings.toString()).append("\r\n");
      } else {
        sb.append("{\"project_reference\":");
        JsonText.string(sb, p.reference());
        sb.append(",\"edition\":");
        JsonText.string(sb, p.edition());
        sb.append(",\"rows\":").append(p.rows());
        sb.append(",\"rows_with_project_findings\":").append(p.rowsConcerned());
        sb.append(",\"verdict\":");
        JsonText.string(sb, p.verdict());
        sb.append(",\"confidence\":");
        JsonText.string(sb, p.confidence());
        sb.append(",\"findings\":[");
        boolean first = true;
        for (Finding f : p.findings()) {
          sb.append(first ? "{\"rule\":" : ",{\"rule\":");
          first = false;
          JsonText.string(sb, f.rule());
          sb.append(",\"severity\":");
          JsonText.string(sb, f.severity());
          sb.append(",\"field\":");
          JsonText.string(sb, f.field());
          sb.append(",\"message\":");
          JsonText.string(sb, f.message());
          sb.append(",\"source\":");
          JsonText.string(sb, f.source());
          sb.append('}');
        }
        sb.append("]}\n");
      }
      out.append(sb);
    }
  }

  // RFC 4180 quoting where needed; a cell that would start a formula gets a single quote first.
  private static StringBuilder cell(StringBuilder sb, String value) {
    if (value == null) {
      return sb;
    }
    String v = CsvReport.startsAFormula(value) ? "'" + value : value;
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return sb.append(v);
    }
    return sb.append('"').append(v.replace("\"", "\"\"")).append('"');
  }
}
