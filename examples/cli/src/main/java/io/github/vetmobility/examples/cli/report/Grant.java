package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.money.Money;

/**
 * The grant of one mobility, line by line, as core's grant calculator gave it; a line that cannot
 * be computed (e.g. individual support without a rate table) is {@code null}, and then so is the
 * total.
 *
 * @param travel travel
 * @param individualSupport individual support
 * @param organisationalSupport organisational support
 * @param inclusionSupport inclusion support
 * @param courseFees course fees
 * @param exceptionalCosts exceptional costs
 * @param total the total of every line, or {@code null} when a line is unknown
 */
public record Grant(
    Money travel,
    Money individualSupport,
    Money organisationalSupport,
    Money inclusionSupport,
    Money courseFees,
    Money exceptionalCosts,
    Money total) {
  /** The currency of every amount. */
  public static final String CURRENCY = "EUR";
}
