package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.money.Money;
import io.github.vetmobility.money.MoneyRange;
import java.util.List;

/**
 * The grant of one mobility as core's grant calculator gave it: the exact sum per budget category
 * ({@code null} when a line of the category is a range or unknown), the exact total ({@code null}
 * unless every line is exact), the range of the total ({@code null} when a line is unknown), and
 * every line in core's payslip form ({@code GrantLine.toString()}: item, rule id, formula, result,
 * source and confidence). A mobility that is not eligible earns nothing: its total is zero and its
 * lines say what they would be.
 *
 * @param travel travel
 * @param individualSupport individual support
 * @param organisationalSupport organisational support
 * @param inclusionSupport inclusion support
 * @param courseFees course fees
 * @param exceptionalCosts exceptional costs
 * @param total the exact total of every line, or {@code null} when a line is a range or unknown
 * @param totalRange the range of the total (minimum and maximum equal when exact), or {@code null}
 *     when a line is unknown
 * @param lines every line as core prints it
 */
public record Grant(
    Money travel,
    Money individualSupport,
    Money organisationalSupport,
    Money inclusionSupport,
    Money courseFees,
    Money exceptionalCosts,
    Money total,
    MoneyRange totalRange,
    List<String> lines) {
  /** The currency of every amount. */
  public static final String CURRENCY = "EUR";

  /** Copies the lines, so a grant never changes. */
  public Grant {
    lines = List.copyOf(lines);
  }

  /** Returns the total in words: core's range text, or {@code unknown} with the reason. */
  public String totalText() {
    return totalRange == null
        ? "unknown (a line is unknown: see the lines)"
        : totalRange.toString();
  }
}
