package io.github.vetmobility.funding;

import io.github.vetmobility.internal.ValueStyle;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.money.MoneyRange;
import io.github.vetmobility.rules.Citation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

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
@Value.Immutable
@ValueStyle
public abstract class GrantLine {
  GrantLine() {}

  /** Returns the budget category. */
  @Value.Parameter
  public abstract GrantItem item();

  /** Returns the id of the rule that produced the line, e.g. {@code VET-GRANT-TRAVEL}. */
  @Value.Parameter
  public abstract String ruleId();

  /** Returns the amount in exact cents; empty when it is a range or unknown. */
  @Value.Parameter
  public abstract Optional<Money> amount();

  // The minimum and maximum of a line that is a range; empty for exact and unknown lines (the exact
  // amount is not copied into a range: a batch makes millions of exact lines).
  @Value.Parameter
  abstract Optional<MoneyRange> bounds();

  /** Returns where the numbers used are written (edition data key, sources, confidence). */
  @Value.Parameter
  public abstract Optional<Citation> citation();

  /**
   * Returns the amount as a range: minimum and maximum equal for an exact line, the bounds for a
   * range; empty when the amount is unknown.
   */
  public Optional<MoneyRange> range() {
    return amount().isPresent() ? Optional.of(MoneyRange.exactly(amount().get())) : bounds();
  }

  /**
   * Returns the numbers and the formula of the amount, e.g. {@code 14 d x 110.00 + 16 d x 77.00 (70
   * % from day 15; ...)}, or why it is a range or unknown. {@link #working()} adds the result and
   * the source. The words are put together on the first call and kept.
   */
  @Value.Lazy
  public String explanation() {
    return explainer().get();
  }

  // A batch check needs the amounts of a million lines and the words of almost none; building the
  // words only when asked for saves about 1 KB of garbage per grant. Left out of equality: the
  // explanation itself takes part instead (see equals).
  @Value.Auxiliary
  @Value.Parameter
  abstract Supplier<String> explainer();

  /**
   * Returns the line as a payslip shows it: the formula, {@code =}, the result (an exact amount, a
   * range, "up to" a maximum, or {@code unknown}), then the sources by name and the confidence,
   * e.g.
   *
   * <pre>
   * 14 d x 110.00 + 16 d x 77.00 (70 % from day 15; 28 activity + 2 travel days; learner, group 2;
   * IT01 rates) = EUR 2,772.00. Source: IT01 rate table (secondary).
   * </pre>
   *
   * A source that is a web address without a declared title is named by its site ({@code web page
   * at wikis.ec.europa.eu}). Every report of the command-line checker prints this text.
   */
  @Value.Lazy
  public String working() {
    StringBuilder sb = new StringBuilder(160).append(explanation()).append(" = ");
    Optional<MoneyRange> range = range();
    sb.append(range.isPresent() ? range.get().toString() : "unknown").append('.');
    if (citation().isPresent() && !citation().get().documents().isEmpty()) {
      Citation c = citation().get();
      sb.append(" Source: ");
      List<String> documents = c.documents();
      for (int i = 0; i < documents.size(); i++) {
        sb.append(i == 0 ? "" : "; ").append(sourceName(documents.get(i)));
      }
      sb.append(" (")
          .append(c.confidence().map(x -> x.name().toLowerCase(Locale.ROOT)).orElse("unknown"))
          .append(").");
    }
    return sb.toString();
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

  /** Returns whether the amount is known exactly. */
  public boolean isComputed() {
    return amount().isPresent();
  }

  @Override
  public String toString() {
    return item() + " [" + ruleId() + "] " + working();
  }

  /** Two lines are equal when item, rule, amount or range, citation and explanation are. */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof GrantLine)) {
      return false;
    }
    GrantLine o = (GrantLine) other;
    return item() == o.item()
        && ruleId().equals(o.ruleId())
        && amount().equals(o.amount())
        && bounds().equals(o.bounds())
        && citation().equals(o.citation())
        && explanation().equals(o.explanation());
  }

  @Override
  public final int hashCode() {
    return Objects.hash(item(), ruleId(), amount(), bounds(), citation(), explanation());
  }

  static GrantLine of(
      GrantItem item, String ruleId, Money amount, Citation citation, Supplier<String> how) {
    // The constructor, not a builder: a grant makes five lines or so, a batch millions.
    return ImmutableGrantLine.of(
        item,
        ruleId,
        Optional.ofNullable(amount),
        Optional.empty(),
        Optional.ofNullable(citation),
        how);
  }

  /** A line whose amount lies in a range that is not exact. */
  static GrantLine ofRange(
      GrantItem item, String ruleId, MoneyRange range, Citation citation, Supplier<String> how) {
    if (range.isExact()) {
      return of(item, ruleId, range.min(), citation, how);
    }
    return ImmutableGrantLine.of(
        item, ruleId, Optional.empty(), Optional.of(range), Optional.ofNullable(citation), how);
  }
}
