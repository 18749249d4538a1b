package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.funding.GrantLine;
import io.github.vetmobility.rules.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A self-contained HTML page (no script, nothing loaded from elsewhere) that fits a 1280-pixel
 * screen: the summary, a chart of the flows between countries drawn as inline SVG (sending
 * countries on the left, receiving on the right, one line per flow, its width by the number of rows
 * and its colour by the share of eligible rows), the table of flows, the table of rows with each
 * row's findings and grant (its total, exact, a range or unknown, and each line with its working),
 * the projects, and the documents cited, by title and with a link to each. The rows table keeps the
 * first {@link #MAX_ROWS_SHOWN} rows, so memory stays bounded.
 */
public final class HtmlReport implements ReportWriter {
  /** At most this many rows are listed. */
  public static final int MAX_ROWS_SHOWN = 1000;

  /** At most this many flows are drawn in the chart (all are in the table). */
  public static final int MAX_FLOWS_DRAWN = 60;

  private final Writer out;
  private final List<RowResult> shown = new ArrayList<>();
  // The documents cited by the rows shown, by id, for the list of sources.
  private final Map<String, Source> cited = new TreeMap<>();
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
    // One pass over the projects: their results are made as they are read.
    StringBuilder table = new StringBuilder();
    long rowsConcerned = 0;
    int shown = 0;
    for (ProjectResult p : projects) {
      rowsConcerned += p.rowsConcerned();
      if (p.findings().isEmpty() || shown == 1000) {
        continue;
      }
      if (shown++ == 0) {
        table.append("<table>\n<tr><th>project</th><th>verdict</th><th>rows</th>");
        table.append("<th>project findings</th></tr>\n");
      }
      table.append("<tr><td>").append(esc(p.reference())).append("<br><small>");
      table.append(esc(p.edition())).append("</small></td><td class=\"").append(esc(p.verdict()));
      table.append("\">").append(esc(p.verdict())).append("</td><td class=\"n\">");
      table.append(p.rows()).append("</td><td>");
      for (Finding f : p.findings()) {
        table.append(esc(f.severity())).append(' ').append(esc(f.rule())).append(": ");
        table.append(esc(f.message()));
        cited(table, f.source(), f.sources());
        table.append("<br>");
      }
      table.append("</td></tr>\n");
    }
    if (shown > 0) {
      table.append("</table>\n");
    }
    h.append("<h2>Projects</h2>\n<p>").append(projects.size()).append(" projects");
    h.append("; ").append(rowsConcerned).append(" rows carry a project finding.</p>\n");
    h.append(table);
  }

  @Override
  public void finish(Summary s) throws IOException {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<title>vetmobility check: ").append(esc(String.join(", ", info.sources())));
    h.append("</title>\n<style>\n");
    // At most 1,240 px wide: the page fits a 1280-pixel screen, long words wrap in their cell.
    h.append("body{font-family:system-ui,sans-serif;max-width:1240px;margin:1em auto;");
    h.append("padding:0 1em;color:#222}svg{max-width:100%;height:auto}");
    h.append("table{border-collapse:collapse;margin:1em 0}");
    h.append("table.rows{width:100%;table-layout:fixed}");
    h.append("th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top;");
    h.append("overflow-wrap:anywhere}ul{margin:.2em 0;padding-left:1.2em}");
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
    rows(h);
    projectSection(h);
    sources(h);
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

  private void rows(StringBuilder h) {
    h.append("<h2>Rows</h2>\n");
    if (shown.isEmpty()) {
      h.append("<p>No rows.</p>\n");
      return;
    }
    h.append("<table class=\"rows\">\n<colgroup><col style=\"width:5%\">");
    h.append("<col style=\"width:10%\"><col style=\"width:15%\"><col style=\"width:40%\">");
    h.append("<col style=\"width:30%\"></colgroup>\n<tr><th>line</th><th>mobility</th>");
    h.append("<th>verdict</th><th>findings</th><th>grant</th></tr>\n");
    for (RowResult r : shown) {
      h.append("<tr><td class=\"n\">").append(r.line()).append("</td><td>");
      h.append(esc(r.mobilityId())).append("</td><td class=\"").append(r.verdict().name());
      h.append("\">").append(r.verdict().name());
      if (r.edition() != null) {
        h.append("<br><small>").append(esc(r.edition()));
        if (r.confidence() != null) {
          h.append(", confidence ").append(esc(r.confidence()));
        }
        h.append("</small>");
      }
      h.append("</td><td>");
      if (!r.findings().isEmpty()) {
        h.append("<ul>");
        for (Finding f : r.findings()) {
          h.append("<li>").append(esc(f.severity())).append(' ').append(esc(f.rule()));
          if (f.field() != null) {
            h.append(" [").append(esc(f.field())).append(']');
          }
          h.append(": ").append(esc(f.message()));
          cited(h, f.source(), f.sources());
          h.append("</li>");
        }
        h.append("</ul>");
      }
      h.append("</td><td>");
      grant(h, r.grant());
      h.append("</td></tr>\n");
    }
    h.append("</table>\n");
    if (notShown > 0) {
      h.append("<p>").append(notShown).append(" more rows are not listed here;");
      h.append(" use <code>--output jsonl</code> or <code>--output csv</code> for all.</p>\n");
    }
  }

  // The documents of a citation by title, each a link; the one-line citation when none is known.
  private void cited(StringBuilder h, String citation, List<Source> sources) {
    if (sources.isEmpty()) {
      if (citation != null) {
        h.append("<br><small>").append(esc(citation)).append("</small>");
      }
      return;
    }
    h.append("<br><small>");
    for (int i = 0; i < sources.size(); i++) {
      Source src = sources.get(i);
      cited.putIfAbsent(src.id(), src);
      h.append(i == 0 ? "" : "; ");
      link(h, src);
    }
    h.append("</small>");
  }

  private static void link(StringBuilder h, Source src) {
    String url = src.url();
    boolean web = url != null && (url.startsWith("https://") || url.startsWith("http://"));
    if (web) {
      h.append("<a href=\"").append(esc(url)).append("\" rel=\"noreferrer\">");
    }
    h.append(esc(src.title()));
    if (web) {
      h.append("</a>");
    }
  }

  // The total (exact, a range or unknown), then each line: item, amount, working and sources.
  private void grant(StringBuilder h, Grant g) {
    if (g == null) {
      return;
    }
    h.append("<strong>").append(esc(g.totalText())).append("</strong>");
    List<GrantLine> lines = g.engine().lines();
    if (lines.isEmpty()) {
      return;
    }
    h.append("<details><summary>").append(lines.size()).append(" lines</summary><ul>");
    for (GrantLine line : lines) {
      h.append("<li>").append(esc(line.item().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
      h.append(": ");
      h.append(esc(line.range().map(Object::toString).orElse("unknown")));
      h.append("<br><small>").append(esc(line.explanation())).append("</small>");
      if (line.citation().isPresent()) {
        cited(h, null, line.citation().get().citedSources());
      }
      h.append("</li>");
    }
    h.append("</ul></details>");
  }

  // Every document cited in the rows shown, by id: its title with a link, and its kind.
  private void sources(StringBuilder h) {
    if (cited.isEmpty()) {
      return;
    }
    h.append("<h2>Sources</h2>\n<ul>\n");
    for (Source src : cited.values()) {
      h.append("<li>").append(esc(src.id())).append(": ");
      link(h, src);
      h.append(" <small>(").append(esc(src.kindLabel())).append(")</small></li>\n");
    }
    h.append("</ul>\n");
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
