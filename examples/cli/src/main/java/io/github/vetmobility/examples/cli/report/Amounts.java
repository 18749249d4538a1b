package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.money.Money;

/** How amounts and distances are printed in every output. */
final class Amounts {
  private Amounts() {}

  /** Returns euros with two decimals ({@code 1500.00}), or {@code null}. */
  static String euros(Money amount) {
    return amount == null ? null : amount.toDecimalString();
  }

  /** Returns kilometres rounded to two decimals, without trailing zeros ({@code 1234.5}). */
  static String km(Double km) {
    if (km == null) {
      return null;
    }
    long hundredths = Math.round(km * 100);
    String s = Long.toString(hundredths / 100);
    long frac = hundredths % 100;
    if (frac == 0) {
      return s;
    }
    return s + (frac % 10 == 0 ? "." + frac / 10 : (frac < 10 ? ".0" : ".") + frac);
  }
}
