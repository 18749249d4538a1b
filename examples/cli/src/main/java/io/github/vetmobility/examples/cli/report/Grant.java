package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.money.Money;

/**
 * The grant of one mobility, line by line; a line that cannot be computed (e.g. individual support
 * without a rate table) is {@code null}, and then so is the total.
 *
 * @param travel travel
 * @param individualSupport individual support
 * @param organisationalSupport organisational support
 * @param inclusionSupport inclusion support
 * @param courseFees course fees
 * @param exceptionalCosts exceptional costs
 */
public record Grant(
    Money travel,
    Money individualSupport,
    Money organisationalSupport,
    Money inclusionSupport,
    Money courseFees,
    Money exceptionalCosts) {
  /** The currency of every amount. */
  public static final String CURRENCY = "EUR";

  /** Returns the sum of the lines, or {@code null} if a line is unknown. */
  public Money total() {
    Money[] lines = {
      travel,
      individualSupport,
      organisationalSupport,
      inclusionSupport,
      courseFees,
      exceptionalCosts
    };
    Money sum = Money.ZERO;
    for (Money m : lines) {
      if (m == null) {
        return null;
      }
      sum = sum.plus(m);
    }
    return sum;
  }
}
