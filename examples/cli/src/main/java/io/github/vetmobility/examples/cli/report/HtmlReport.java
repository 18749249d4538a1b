package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.country.CountryCode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A self-contained HTML page (no script, no network): the summary, a chart of the flows between
 * countries drawn as inline SVG (sending countries on the left, receiving on the right, one line
 * per flow, its width by the number of rows and its colour by the share of eligible rows), the
 * table of flows, and the table of findings with each row's grant (its total, exact, a range or
 * unknown, and its lines as core prints them). The findings table keeps the first {@link
 * #MAX_ROWS_SHOWN} rows with findings, so memory stays bounded.
 */
public final class HtmlReport implements ReportWriter {
  /** At most this many rows with findings are listed. */
  public static final int MAX_ROWS_SHOWN = 1000;

  /** At most this many flows are drawn in the chart (all are in the table). */
  public static final int MAX_FLOWS_DRAWN = 60;

  private final Writer out;
  private final List<RowResult> shown = new ArrayList<>();
  private long notShown;
  private RunInfo info;

  /**
   * Creates the report.
   *
   * @param out where to write; flushed by {@link #finish}, not closed
   */
  public HtmlReport(Writer out) {
    this.out = out;
  }

  @Override
  public void start(RunInfo info) {
    this.info = info;
  }

  @Override
  public void row(RowResult row) {
    if (row.findings().isEmpty()) {
      return;
    }
    if (shown.size() < MAX_ROWS_SHOWN) {
      shown.add(row);
    } else {
      notShown++;
    }
  }

  private List<ProjectResult> projects = List.of();

  /** Keeps the projects for the project section (at most 1,000 with findings are shown). */
  @Override
  public void projects(List<ProjectResult> projects) {
    this.projects = projects;
  }

  private void projectSection(StringBuilder h) {
    h.append("<h2>Projects</h2>\n<p>").append(projects.size()).append(" projects");
    long rowsConcerned = projects.stream().mapToLong(ProjectResult::rowsConcerned).sum();
    h.append("; ").append(rowsConcerned).append(" rows carry a project finding.</p>\n");
    int shown = 0;
    for (ProjectResult p : projects) {
      if (p.findings().isEmpty()) {
        continue;
      }
      if (shown == 0) {
        h.append("<table>\n<tr><th>project</th><th>verdict</th><th>rows</th>");
        h.append("<th>project findings</th></tr>\n");
      }
      if (++shown > 1000) {
        break;
      }
      h.append("<tr><td>").append(esc(p.reference())).append("<br><small>");
      h.append(esc(p.edition())).append("</small></td><td class=\"").append(esc(p.verdict()));
      h.append("\">").append(esc(p.verdict())).append("</td><td class=\"n\">").append(p.rows());
      h.append("</td><td>");
      for (Finding f : p.findings()) {
        h.append(esc(f.severity())).append(' ').append(esc(f.rule())).append(": ");
        h.append(esc(f.message())).append("<br>");
      }
      h.append("</td></tr>\n");
    }
    if (shown > 0) {
      h.append("</table>\n");
    }
  }

  @Override
  public void finish(Summary s) throws IOException {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<title>vetmobility check: ").append(esc(String.join(", ", info.sources())));
    h.append("</title>\n<style>\n");
    h.append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}");
    h.append("table{border-collapse:collapse;margin:1em 0}");
    h.append("th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}");
    h.append("td.n{text-align:right}th{background:#f3f3f3}");
    h.append(".ELIGIBLE{color:#1a7f37}.ELIGIBLE_WITH_WARNINGS{color:#9a6700}");
    h.append(".NOT_ELIGIBLE,.INVALID_INPUT{color:#cf222e}.OUT_OF_SCOPE{color:#666}");
    h.append("small{color:#666}\n</style>\n</head>\n<body>\n");
    h.append("<h1>vetmobility check</h1>\n<p>");
    h.append(esc(String.join(", ", info.sources())));
    h.append(" <small>(vetmobility-cli ").append(esc(info.version())).append(")</small>");
    if (info.rateTable() != null) {
      h.append("<br>Individual-support rate table: ").append(esc(info.rateTable()));
    }
    h.append("</p>\n<h2>Summary</h2>\n<table>\n<tr><th>verdict</th><th>rows</th></tr>\n");
    for (Verdict v : Verdict.values()) {
      h.append("<tr><td class=\"").append(v.name()).append("\">").append(v.name());
      h.append("</td><td class=\"n\">").append(s.count(v)).append("</td></tr>\n");
    }
    h.append("<tr><th>all rows</th><th class=\"n\">").append(s.rows()).append("</th></tr>\n");
    h.append("</table>\n<p>Grant of the eligible rows: ").append(esc(s.grantRange().toString()));
    h.append(" (").append(s.grantRows()).append(" rows");
    if (s.grantUnknownRows() > 0) {
      h.append("; ").append(s.grantUnknownRows());
      h.append(" more rows have a grant line that is unknown");
    }
    h.append(")</p>\n");
    for (var e : s.rateTables().entrySet()) {
      h.append("<p>Individual-support rate table: ").append(esc(e.getKey())).append(" (");
      h.append(e.getValue()).append(" rows)</p>\n");
    }
    flows(h, s);
    findings(h);
    projectSection(h);
    h.append("</body>\n</html>\n");
    out.append(h);
    out.flush();
  }

  private void flows(StringBuilder h, Summary s) {
    List<Summary.Flow> all = s.flows();
    h.append("<h2>Flows between countries</h2>\n");
    if (all.isEmpty()) {
      h.append("<p>No row with both countries known.</p>\n");
      return;
    }
    List<Summary.Flow> drawn = all.subList(0, Math.min(all.size(), MAX_FLOWS_DRAWN));
    Map<CountryCode, Long> left = new LinkedHashMap<>();
    Map<CountryCode, Long> right = new LinkedHashMap<>();
    long max = 1;
    for (Summary.Flow f : drawn) {
      left.merge(f.from(), f.total(), Long::sum);
      right.merge(f.to(), f.total(), Long::sum);
      max = Math.max(max, f.total());
    }
    int step = 28;
    int rows = Math.max(left.size(), right.size());
    int height = rows * step + 40;
    int width = 640;
    int x1 = 150;
    int x2 = width - 150;
    Map<CountryCode, Integer> ly = positions(left, step);
    Map<CountryCode, Integer> ry = positions(right, step);
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width);
    h.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ');
    h.append(height).append("\" role=\"img\" aria-label=\"flows from sending to receiving");
    h.append(" countries\" font-family=\"sans-serif\" font-size=\"13\">\n");
    h.append("<text x=\"").append(x1).append("\" y=\"14\" text-anchor=\"end\"");
    h.append(" font-weight=\"bold\">sending</text>\n<text x=\"").append(x2);
    h.append("\" y=\"14\" font-weight=\"bold\">receiving</text>\n");
    for (Summary.Flow f : drawn) {
      int ya = ly.get(f.from());
      int yb = ry.get(f.to());
      double share = (double) f.eligible() / f.total();
      double stroke = 1.5 + 12 * Math.sqrt((double) f.total() / max);
      int mid = (x1 + x2) / 2;
      h.append("<path d=\"M").append(x1 + 8).append(' ').append(ya).append(" C").append(mid);
      h.append(' ').append(ya).append(' ').append(mid).append(' ').append(yb).append(' ');
      h.append(x2 - 8).append(' ').append(yb).append("\" fill=\"none\" stroke=\"hsl(");
      h.append(Math.round(120 * share)).append(",65%,42%)\" stroke-opacity=\"0.7\"");
      h.append(" stroke-width=\"").append(String.format(Locale.ROOT, "%.1f", stroke));
      h.append("\"><title>").append(f.from().code()).append(" \u2192 ").append(f.to().code());
      h.append(": ").append(f.total()).append(" rows, ").append(f.eligible());
      h.append(" eligible</title></path>\n");
    }
    for (Map.Entry<CountryCode, Integer> e : ly.entrySet()) {
      node(h, e.getKey(), left.get(e.getKey()), x1, e.getValue(), "end");
    }
    for (Map.Entry<CountryCode, Integer> e : ry.entrySet()) {
      node(h, e.getKey(), right.get(e.getKey()), x2, e.getValue(), "start");
    }
    h.append("</svg>\n<p><small>Line width: rows of the flow; colour: share of eligible rows");
    h.append(" (green all, red none).");
    if (all.size() > drawn.size()) {
      h.append(" The ").append(drawn.size()).append(" largest of ").append(all.size());
      h.append(" flows are drawn; all are in the table.");
    }
    h.append("</small></p>\n<table>\n<tr><th>from</th><th>to</th><th>rows</th>");
    for (Verdict v : Verdict.values()) {
      h.append("<th>").append(v.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      h.append("</th>");
    }
    h.append("</tr>\n");
    for (Summary.Flow f : all) {
      h.append("<tr><td>").append(f.from().code()).append("</td><td>").append(f.to().code());
      h.append("</td><td class=\"n\">").append(f.total()).append("</td>");
      for (Verdict v : Verdict.values()) {
        h.append("<td class=\"n\">").append(f.count(v)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
  }

  private static Map<CountryCode, Integer> positions(Map<CountryCode, Long> nodes, int step) {
    Map<CountryCode, Integer> y = new LinkedHashMap<>();
    int i = 0;
    for (CountryCode c : nodes.keySet()) {
      y.put(c, 36 + i++ * step);
    }
    return y;
  }

  private static void node(
      StringBuilder h, CountryCode c, long total, int x, int y, String anchor) {
    h.append("<circle cx=\"").append(x).append("\" cy=\"").append(y);
    h.append("\" r=\"6\" fill=\"#444\"/>\n<text x=\"");
    h.append(anchor.equals("end") ? x - 12 : x + 12).append("\" y=\"").append(y + 4);
    h.append("\" text-anchor=\"").append(anchor).append("\">").append(c.code()).append(" (");
    h.append(total).append(")<title>").append(esc(c.englishName())).append("</title></text>\n");
  }

  private void findings(StringBuilder h) {
    h.append("<h2>Findings</h2>\n");
    if (shown.isEmpty()) {
      h.append("<p>No row has a finding.</p>\n");
      return;
    }
    h.append("<table>\n<tr><th>line</th><th>mobility</th><th>verdict</th><th>edition</th>");
    h.append("<th>rule</th><th>severity</th><th>field</th><th>message</th><th>source</th>");
    h.append("<th>grant</th></tr>\n");
    for (RowResult r : shown) {
      int n = r.findings().size();
      boolean first = true;
      for (Finding f : r.findings()) {
        h.append("<tr>");
        if (first) {
          String span = n > 1 ? " rowspan=\"" + n + "\"" : "";
          h.append("<td class=\"n\"").append(span).append('>').append(r.line()).append("</td>");
          h.append("<td").append(span).append('>').append(esc(r.mobilityId())).append("</td>");
          h.append("<td class=\"").append(r.verdict().name()).append('"').append(span);
          h.append('>').append(r.verdict().name()).append("</td><td").append(span).append('>');
          h.append(esc(r.edition()));
          if (r.confidence() != null) {
            h.append("<br>confidence ").append(esc(r.confidence()));
          }
          h.append("</td>");
          first = false;
        }
        h.append("<td>").append(esc(f.rule())).append("</td><td>").append(esc(f.severity()));
        h.append("</td><td>").append(esc(f.field())).append("</td><td>");
        h.append(esc(f.message())).append("</td><td>").append(esc(f.source()));
        h.append("</td>");
        if (f == r.findings().get(0)) {
          String span = n > 1 ? " rowspan=\"" + n + "\"" : "";
          h.append("<td").append(span).append('>');
          grant(h, r.grant());
          h.append("</td>");
        }
        h.append("</tr>\n");
      }
    }
    h.append("</table>\n");
    if (notShown > 0) {
      h.append("<p>").append(notShown).append(" more rows with findings are not listed here;");
      h.append(" use <code>--output jsonl</code> or <code>--output csv</code> for all.</p>\n");
    }
  }

  // The total (exact, a range or unknown) and every line as core prints it.
  private static void grant(StringBuilder h, Grant g) {
    if (g == null) {
      return;
    }
    h.append("<strong>").append(esc(g.totalText())).append("</strong>");
    for (String line : g.lines()) {
      h.append("<br><small>").append(esc(line)).append("</small>");
    }
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }
}
