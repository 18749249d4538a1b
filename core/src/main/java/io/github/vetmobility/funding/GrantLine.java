package io.github.vetmobility.funding;

import io.github.vetmobility.money.Money;
import io.github.vetmobility.money.MoneyRange;
import io.github.vetmobility.rules.Citation;
import java.util.List;
import io.github.vetmobility.edition.Confidence;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One line of a grant breakdown: the amount one rule produced, the rule's id, where its numbers are
 * written, and how the amount was reached.
 *
 * <p>A line is one of three kinds:
 *
 * <ul>
 *   <li><b>exact</b>: {@link #amount()} is present, e.g. a travel band's unit amount the Programme
 *       Guide fixes;
 *   <li><b>a range</b>: {@link #amount()} is empty and {@link #range()} gives the minimum and the
 *       maximum, when the amount depends on something the input does not say: a National Agency's
 *       daily rate inside the Guide's range when no table of that agency and call is given, or the
 *       participant's rank in the project for organisational support. Where only a maximum is known
 *       the minimum is zero ("up to"). Never a single invented number;
 *   <li><b>unknown</b>: both are empty, and {@link #explanation()} says why (an amount the
 *       edition's data does not know, a place that cannot be located, real costs not given).
 * </ul>
 *
 * <p>{@link #working()} shows the line like a payslip: the numbers and the formula, the result, the
 * source by its name and the confidence. Every report of the command-line checker prints that same
 * text.
 */
public final class GrantLine {
  private final GrantItem item;
  private final String ruleId;
  private final Money amount;
  // The minimum and maximum of a line that is a range; null for exact and unknown lines (the exact
  // amount is not copied into a range: a batch makes millions of exact lines).
  private final MoneyRange bounds;
  private final Citation citation;
  // A batch check needs the amounts of a million lines and the words of almost none; building the
  // words only when asked for saves about 1 KB of garbage per grant.
  private final Supplier<String> explainer;
  // The words, put together on the first call and kept (racy but safe: every thread that builds
  // them gets the same text). A line made once and shared by many grants builds them once.
  private String explanation;
  private String working;
  private String text;

  private GrantLine(
      GrantItem item,
      String ruleId,
      Money amount,
      MoneyRange bounds,
      Citation citation,
      Supplier<String> explainer) {
    this.item = Objects.requireNonNull(item, "item");
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.amount = amount;
    this.bounds = bounds;
    this.citation = citation;
    this.explainer = Objects.requireNonNull(explainer, "explainer");
  }

  /** {@return the budget category} */
  public GrantItem item() {
    return item;
  }

  /** {@return the id of the rule that produced the line, for example {@code VET-GRANT-TRAVEL}} */
  public String ruleId() {
    return ruleId;
  }

  /** {@return the amount in exact cents; empty when it is a range or unknown} */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  Money amountOrNull() {
    return amount;
  }

  MoneyRange boundsOrNull() {
    return bounds;
  }

  Optional<MoneyRange> bounds() {
    return Optional.ofNullable(bounds);
  }

  /** {@return where the numbers used are written (edition data key, sources, confidence)} */
  public Optional<Citation> citation() {
    return Optional.ofNullable(citation);
  }

  /**
   * {@return the amount as a range: minimum and maximum equal for an exact line, the bounds for a
   * range; empty when the amount is unknown}
   */
  public Optional<MoneyRange> range() {
    return amount != null ? Optional.of(MoneyRange.exactly(amount)) : Optional.ofNullable(bounds);
  }

  /**
   * {@return the numbers and the formula of the amount, for example {@code 14 d x 110.00 + 16 d x
   * 77.00 (70 % from day 15; ...)}, or why it is a range or unknown} {@link #working()} adds the
   * result and the source. The words are put together on the first call and kept.
   */
  public String explanation() {
    String e = explanation;
    if (e == null) {
      e = explainer.get();
      explanation = e;
    }
    return e;
  }

  /**
   * {@return the line as a payslip shows it: the formula, {@code =}, the result (an exact amount, a
   * range, "up to" a maximum, or {@code unknown}), then the sources by name and the confidence, for
   * example
   *
   * <pre>
   * 14 d x 110.00 + 16 d x 77.00 (70 % from day 15; 28 activity + 2 travel days; learner, group 2;
   * IT01 rates) = EUR 2,772.00} Source: IT01 rate table (secondary).
   * </pre>
   *
   * A source that is a web address without a declared title is named by its site ({@code web page
   * at wikis.ec.europa.eu}). Every report of the command-line checker prints this text. Put
   * together on the first call and kept.
   */
  public String working() {
    String w = working;
    if (w == null) {
      w = buildWorking();
      working = w;
    }
    return w;
  }

  private String buildWorking() {
    StringBuilder sb = new StringBuilder(160).append(explanation()).append(" = ");
    if (amount != null) {
      sb.append(MoneyRange.exactly(amount));
    } else {
      sb.append(bounds != null ? bounds.toString() : "unknown");
    }
    sb.append('.');
    if (citation != null && !citation.documents().isEmpty()) {
      sb.append(sourcesText(citation));
    }
    return sb.toString();
  }

  // " Source: A; B (confirmed)."
  private static String sourcesText(Citation c) {
    StringBuilder sb = new StringBuilder(" Source: ");
    List<String> documents = c.documents();
    for (int i = 0; i < documents.size(); i++) {
      sb.append(i == 0 ? "" : "; ").append(sourceName(documents.get(i)));
    }
    return sb.append(" (")
        .append(c.confidence().map(Confidence::key).orElse("unknown"))
        .append(").")
        .toString();
  }

  // A title as declared; a bare web address is named by its site, never printed whole.
  static String sourceName(String document) {
    if (!document.startsWith("http://") && !document.startsWith("https://")) {
      return document;
    }
    int start = document.indexOf("//") + 2;
    int end = start;
    while (end < document.length() && "/?#:".indexOf(document.charAt(end)) < 0) {
      end++;
    }
    return "web page at " + document.substring(start, end);
  }

  /** {@return whether the amount is known exactly} */
  public boolean isComputed() {
    return amount != null;
  }

  /**
   * Returns the line in words: the category, the rule id in brackets and {@link #working()}, for
   * example {@code TRAVEL [VET-GRANT-TRAVEL] 476.30 km computed, ...}. Kept after the first call.
   */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = item + " [" + ruleId + "] " + working();
      text = t;
    }
    return t;
  }

  /** Two lines are equal when item, rule, amount or range, citation and explanation are. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof GrantLine)) {
      return false;
    }
    GrantLine o = (GrantLine) other;
    return item == o.item
        && ruleId.equals(o.ruleId)
        && Objects.equals(amount, o.amount)
        && Objects.equals(bounds, o.bounds)
        && Objects.equals(citation, o.citation)
        && explanation().equals(o.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(item, ruleId, amount(), bounds(), citation(), explanation());
  }

  static GrantLine of(
      GrantItem item, String ruleId, Money amount, Citation citation, Supplier<String> how) {
    return new GrantLine(item, ruleId, amount, null, citation, how);
  }

  /** A line whose amount lies in a range that is not exact. */
  static GrantLine ofRange(
      GrantItem item, String ruleId, MoneyRange range, Citation citation, Supplier<String> how) {
    if (range.isExact()) {
      return of(item, ruleId, range.min(), citation, how);
    }
    return new GrantLine(item, ruleId, null, range, citation, how);
  }
}
