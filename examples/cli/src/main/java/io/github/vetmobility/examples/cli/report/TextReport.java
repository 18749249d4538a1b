package io.github.vetmobility.examples.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A report for people: the failing rows with their findings and their grant (core's lines, zero for
 * a row that is not eligible) as they come, then a summary with the range of the eligible rows'
 * grants. Text from the input is shown with control characters (ANSI escape sequences, bells, line
 * breaks, bidirectional overrides) as visible escapes such as {@code \u001B}, so that it cannot act
 * on the terminal.
 */
public final class TextReport implements ReportWriter {
  private final Writer out;
  private final StringBuilder sb = new StringBuilder(512);
  private RunInfo info;

  /**
   * Creates the report.
   *
   * @param out where to write; flushed by {@link #finish}, not closed
   */
  public TextReport(Writer out) {
    this.out = out;
  }

  @Override
  public void start(RunInfo info) throws IOException {
    this.info = info;
    out.write(
        "vetmobility-cli " + info.version() + ": " + visible(String.join(", ", info.sources())));
    out.write('\n');
    if (info.rateTable() != null) {
      out.write("individual-support rate table: " + visible(info.rateTable()) + "\n");
    }
    out.write('\n');
  }

  @Override
  public void row(RowResult row) throws IOException {
    if (!row.verdict().fails()) {
      return;
    }
    sb.setLength(0);
    sb.append("line ").append(row.line());
    if (row.mobilityId() != null) {
      sb.append("  ");
      appendVisible(row.mobilityId());
    }
    sb.append("  ").append(row.verdict().name());
    if (row.edition() != null) {
      sb.append("  (");
      appendVisible(row.edition());
      if (row.confidence() != null) {
        sb.append(", confidence ").append(row.confidence());
      }
      sb.append(')');
    }
    sb.append('\n');
    for (Finding f : row.findings()) {
      sb.append("    ").append(f.severity()).append(' ').append(f.rule());
      if (f.field() != null) {
        sb.append(" [");
        appendVisible(f.field());
        sb.append(']');
      }
      sb.append(": ");
      appendVisible(f.message());
      if (f.source() != null) {
        sb.append("\n      source: ");
        appendVisible(f.source());
      }
      sb.append('\n');
    }
    Grant g = row.grant();
    if (g != null) {
      sb.append("    grant: ").append(g.totalText()).append('\n');
      for (String line : g.lines()) {
        sb.append("      ").append(line).append('\n');
      }
    }
    out.append(sb);
  }

  /**
   * Writes the project section: every project whose project-level rules found something that
   * concerns no single row, with those findings, then one line counting the projects.
   */
  @Override
  public void projects(List<ProjectResult> projects) throws IOException {
    sb.setLength(0);
    long flagged = 0;
    long rowsConcerned = 0;
    for (ProjectResult p : projects) {
      rowsConcerned += p.rowsConcerned();
      if (p.findings().isEmpty()) {
        continue;
      }
      flagged++;
      if (flagged == 1) {
        sb.append("\nProjects\n");
      }
      sb.append("project ");
      appendVisible(p.reference());
      sb.append("  ").append(p.verdict()).append("  (");
      appendVisible(p.edition());
      sb.append(", ").append(p.rows()).append(p.rows() == 1 ? " row" : " rows");
      if (p.rowsConcerned() > 0) {
        sb.append(", ").append(p.rowsConcerned()).append(" with a project finding");
      }
      sb.append(")\n");
      for (Finding f : p.findings()) {
        sb.append("    ").append(f.severity()).append(' ').append(f.rule());
        if (f.field() != null) {
          sb.append(" [");
          appendVisible(f.field());
          sb.append(']');
        }
        sb.append(": ");
        appendVisible(f.message());
        sb.append('\n');
      }
      if (sb.length() > 1 << 16) {
        // Written as it grows: a batch may have a million projects.
        out.append(sb);
        sb.setLength(0);
      }
    }
    sb.append(flagged == 0 ? "\n" : "")
        .append("Projects: ")
        .append(projects.size())
        .append(", ")
        .append(flagged)
        .append(" with project findings; ")
        .append(rowsConcerned)
        .append(rowsConcerned == 1 ? " row carries" : " rows carry")
        .append(" a project finding\n");
    out.append(sb);
  }

  @Override
  public void finish(Summary s) throws IOException {
    sb.setLength(0);
    if (s.anyFailed()) {
      sb.append('\n');
    }
    sb.append("Summary: ").append(s.rows()).append(s.rows() == 1 ? " row" : " rows");
    sb.append(" in ");
    appendVisible(String.join(", ", info.sources()));
    sb.append('\n');
    for (Verdict v : Verdict.values()) {
      String count = Long.toString(s.count(v));
      sb.append("  ").append(v.name());
      sb.append(" ".repeat(Math.max(1, 26 - v.name().length() - count.length())));
      sb.append(count).append('\n');
    }
    if (s.grantRows() == 0 && s.grantUnknownRows() == 0) {
      sb.append("Grant: not computed for any row\n");
    } else {
      grant(s);
    }
    for (var e : s.rateTables().entrySet()) {
      sb.append("Individual-support rate table: ");
      appendVisible(e.getKey());
      sb.append(" (");
      sb.append(e.getValue()).append(e.getValue() == 1 ? " row)\n" : " rows)\n");
    }
    sb.append("Result: ").append(s.result()).append('\n');
    out.append(sb);
    out.flush();
  }

  private void appendVisible(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
  }

  private String visible(String text) {
    int start = sb.length();
    appendVisible(text);
    String shown = sb.substring(start);
    sb.setLength(start);
    return shown;
  }

  // C0 and C1 controls (ESC, CSI, BEL, CR, LF, ...), and the bidirectional embeddings, overrides
  // and isolates that reorder what a terminal shows.
  private static boolean isControl(char c) {
    return Character.isISOControl(c)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private void grant(Summary s) {
    sb.append("Grant of the eligible rows: ")
        .append(s.grantRange())
        .append(" (")
        .append(s.grantRows())
        .append(" rows");
    if (s.grantUnknownRows() > 0) {
      sb.append("; ")
          .append(s.grantUnknownRows())
          .append(" more rows have a grant line that is unknown");
    }
    sb.append(")\n");
  }
}
