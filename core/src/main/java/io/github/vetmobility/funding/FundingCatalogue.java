package io.github.vetmobility.funding;

import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.funding.internal.FundingData;
import io.github.vetmobility.rules.RuleCatalogue;
import io.github.vetmobility.rules.Source;
import java.util.TreeMap;

/**
 * The built-in funding data described in Markdown: per edition, how many of its rows (travel bands,
 * country groups, rate ranges and other amounts) are confirmed, secondary, inferred, unconfirmed or
 * unknown, and the sources they rest on, by title, kind and address. The project's {@code
 * core/RULES.md} ends with this text.
 */
public final class FundingCatalogue {
  private FundingCatalogue() {}

  /**
   * Returns the funding section of the catalogue for the built-in data.
   *
   * @return the Markdown text, with {@code \n} line ends
   */
  public static String markdown() {
    FundingData data = FundingData.builtIn();
    StringBuilder md = new StringBuilder(8 * 1024);
    md.append("\n## Funding data\n\n")
        .append(
            "The grant amounts (`core/src/main/resources/io/github/vetmobility/funding/internal/`)"
                + " per edition: data rows that cover the call, by confidence. The pilots have"
                + " no grant model (their unit costs are not known): no rows.\n\n")
        .append("| edition | confirmed | secondary | inferred | unconfirmed | unknown | rows |\n")
        .append("|---|---|---|---|---|---|---|\n");
    int[][] spans = {{2014, 2020}, {2021, 2026}};
    Programme[] programmes = {Programme.ERASMUS_2014_2020, Programme.ERASMUS_2021_2027};
    for (int p = 0; p < programmes.length; p++) {
      for (int year = spans[p][0]; year <= spans[p][1]; year++) {
        int[] counts = data.confidenceCounts(programmes[p], year);
        int total = 0;
        md.append("| ").append(programmes[p].key()).append(' ').append(year);
        for (Confidence c : Confidence.values()) {
          md.append(" | ").append(counts[c.ordinal()]);
          total += counts[c.ordinal()];
        }
        md.append(" | ").append(total).append(" |\n");
      }
    }
    md.append("\nSources of the funding data:\n\n");
    md.append(
        RuleCatalogue.sourceTable(new TreeMap<String, Source>(data.declaredSources()).values()));
    return md.toString();
  }
}
