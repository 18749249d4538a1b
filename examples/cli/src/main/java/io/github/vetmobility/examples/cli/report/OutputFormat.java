package io.github.vetmobility.examples.cli.report;

import java.io.Writer;
import java.util.Locale;

/** The report formats of {@code check --output}. */
public enum OutputFormat {
  /** A readable summary and the failing rows. */
  TEXT,
  /** One JSON object per input row. */
  JSONL,
  /** One CSV row per input row. */
  CSV,
  /** A self-contained HTML page with a chart of the flows. */
  HTML;

  /**
   * Returns a report of this format.
   *
   * @param out where the report goes
   * @return the report writer
   */
  public ReportWriter writer(Writer out) {
    switch (this) {
      case JSONL:
        return new JsonlReport(out);
      case CSV:
        return new CsvReport(out);
      case HTML:
        return new HtmlReport(out);
      default:
        return new TextReport(out);
    }
  }

  /**
   * Returns whether the report has a section on the batch's projects (text, html), so that {@link
   * ReportWriter#projects} is worth calling; the per-row formats leave them to {@code --projects}.
   *
   * @return whether the report shows the projects
   */
  public boolean showsProjects() {
    return this == TEXT || this == HTML;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
