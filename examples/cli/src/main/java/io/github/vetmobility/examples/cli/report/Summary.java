package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.money.MoneyRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Running totals of a check: rows per verdict, flows between countries, and the sum of the grants
 * of the eligible rows whose total is exact or a range (the sums of their minima and maxima). Its
 * size depends on the number of country pairs, never on the number of rows. Not thread-safe: fed by
 * one thread.
 */
public final class Summary {
  private final long[] counts = new long[Verdict.values().length];
  // Indexed by the two countries' ordinals: no boxed key per row.
  private static final int COUNTRIES = CountryCode.values().length;
  private final Flow[] flowTable = new Flow[COUNTRIES * COUNTRIES];
  private final List<Flow> flows = new ArrayList<>();
  private long grantMinCents;
  private long grantMaxCents;
  private long grantRows;
  private long grantUnknownRows;
  // A counter per table name: no boxed count per row.
  private final Map<String, long[]> rateTables = new java.util.TreeMap<>();

  /** Creates empty totals. */
  public Summary() {}

  /**
   * The rows that went from one country to another, by verdict.
   *
   * @param from the sending country
   * @param to the receiving country
   * @param counts rows per verdict, indexed by {@link Verdict#ordinal()}
   */
  public record Flow(CountryCode from, CountryCode to, long[] counts) {
    /** Returns the number of rows of the flow. */
    public long total() {
      long t = 0;
      for (long c : counts) {
        t += c;
      }
      return t;
    }

    /** Returns the number of rows of the flow with a verdict. */
    public long count(Verdict verdict) {
      return counts[verdict.ordinal()];
    }

    /** Returns the rows that are eligible, with or without warnings. */
    public long eligible() {
      return count(Verdict.ELIGIBLE) + count(Verdict.ELIGIBLE_WITH_WARNINGS);
    }
  }

  /**
   * Counts a row.
   *
   * @param row the row's result
   */
  public void add(RowResult row) {
    counts[row.verdict().ordinal()]++;
    if (row.from() != null && row.to() != null) {
      int key = row.from().ordinal() * COUNTRIES + row.to().ordinal();
      // A look-up, then a new flow for a new pair: no capturing lambda, no boxed key per row.
      Flow flow = flowTable[key];
      if (flow == null) {
        flow = new Flow(row.from(), row.to(), new long[Verdict.values().length]);
        flowTable[key] = flow;
        flows.add(flow);
      }
      flow.counts()[row.verdict().ordinal()]++;
    }
    if (row.rateTable() != null) {
      long[] count = rateTables.get(row.rateTable());
      if (count == null) {
        count = new long[1];
        rateTables.put(row.rateTable(), count);
      }
      count[0]++;
    }
    if (row.grant() != null && !row.verdict().fails() && row.verdict() != Verdict.OUT_OF_SCOPE) {
      MoneyRange total = row.grant().totalRange();
      if (total == null) {
        grantUnknownRows++;
      } else {
        grantMinCents = Math.addExact(grantMinCents, total.min().cents());
        grantMaxCents = Math.addExact(grantMaxCents, total.max().cents());
        grantRows++;
      }
    }
  }

  /** Returns the number of rows read. */
  public long rows() {
    long t = 0;
    for (long c : counts) {
      t += c;
    }
    return t;
  }

  /** Returns the number of rows with a verdict. */
  public long count(Verdict verdict) {
    return counts[verdict.ordinal()];
  }

  /** Returns whether some row failed (not eligible or invalid input). */
  public boolean anyFailed() {
    return count(Verdict.NOT_ELIGIBLE) + count(Verdict.INVALID_INPUT) > 0;
  }

  /**
   * Returns the sum of the grants of the eligible rows whose total is exact or a range: the sum of
   * their minima to the sum of their maxima (equal when every such total is exact).
   */
  public MoneyRange grantRange() {
    return MoneyRange.of(Money.ofCents(grantMinCents), Money.ofCents(grantMaxCents));
  }

  /**
   * Returns how many eligible rows have an exact total or a range (counted in {@link
   * #grantRange()}).
   */
  public long grantRows() {
    return grantRows;
  }

  /** Returns how many eligible rows have a grant with a line that is unknown (no range). */
  public long grantUnknownRows() {
    return grantUnknownRows;
  }

  /** Returns the individual-support rate tables used, by name, with their number of rows. */
  public Map<String, Long> rateTables() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    rateTables.forEach((name, count) -> counts.put(name, count[0]));
    return java.util.Collections.unmodifiableMap(counts);
  }

  /** Returns the flows, largest first (then by country codes). */
  public List<Flow> flows() {
    List<Flow> list = new ArrayList<>(flows);
    list.sort(
        Comparator.comparingLong(Flow::total)
            .reversed()
            .thenComparing(f -> f.from().code())
            .thenComparing(f -> f.to().code()));
    return list;
  }

  /**
   * Returns the result in words: how many rows are not eligible or invalid, or that every row in
   * scope is eligible, or that no row is in scope (never "every row is eligible" of an empty or
   * out-of-scope batch).
   */
  public String result() {
    long failed = count(Verdict.NOT_ELIGIBLE) + count(Verdict.INVALID_INPUT);
    if (failed > 0) {
      return failed + (failed == 1 ? " row" : " rows") + " not eligible or invalid";
    }
    long eligible = count(Verdict.ELIGIBLE) + count(Verdict.ELIGIBLE_WITH_WARNINGS);
    if (eligible == 0) {
      return rows() == 0 ? "no rows" : "no row is in scope of the VET rules";
    }
    return "every row in scope is eligible";
  }

  /**
   * Returns the whole summary in one line, for standard error when the report goes elsewhere, for
   * example {@code 58 rows: 11 eligible, 23 eligible with warnings, 15 not eligible, 9 invalid
   * input; grant EUR 11,379.00 to 38,218.00 (10 rows, 24 more with an unknown line); 24 rows not
   * eligible or invalid}. Verdicts no row has are left out.
   */
  public String oneLine() {
    StringBuilder sb = new StringBuilder(160).append(rows()).append(rows() == 1 ? " row" : " rows");
    String sep = ": ";
    for (Verdict v : Verdict.values()) {
      if (count(v) > 0) {
        sb.append(sep).append(count(v)).append(' ');
        sb.append(v.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        sep = ", ";
      }
    }
    if (grantRows > 0 || grantUnknownRows > 0) {
      sb.append("; grant ").append(grantRange()).append(" (").append(grantRows);
      sb.append(grantRows == 1 ? " row" : " rows");
      if (grantUnknownRows > 0) {
        sb.append(", ").append(grantUnknownRows).append(" more with an unknown line");
      }
      sb.append(')');
    }
    return sb.append("; ").append(result()).toString();
  }
}
