package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.money.Money;

/** How amounts are printed in every output. */
final class Amounts {
  private Amounts() {}

  /** Returns euros with two decimals ({@code 1500.00}), or {@code null}. */
  static String euros(Money amount) {
    return amount == null ? null : amount.toDecimalString();
  }
}
