package io.github.vetmobility.compare;

import io.github.vetmobility.funding.GrantItem;
import io.github.vetmobility.money.MoneyRange;
import java.util.Optional;

/**
 * How one budget category of a mobility's grant differs between two editions: the amount before and
 * after, each a range (minimum and maximum equal when exact), empty when not known. A category a
 * grant has no line for counts as zero.
 *
 * @param item the budget category
 * @param before the amount under the first edition; empty when unknown
 * @param after the amount under the second edition; empty when unknown
 */
public record GrantChange(GrantItem item, Optional<MoneyRange> before, Optional<MoneyRange> after) {
  /**
   * Checks the parts.
   *
   * @param item the budget category
   * @param before the amount under the first edition; empty when unknown
   * @param after the amount under the second edition; empty when unknown
   */
  public GrantChange {
    java.util.Objects.requireNonNull(item, "item");
    java.util.Objects.requireNonNull(before, "before");
    java.util.Objects.requireNonNull(after, "after");
  }

  /** Returns the text, for example {@code TRAVEL: unknown -> EUR 309.00}. */
  @Override
  public String toString() {
    return item + ": " + text(before) + " -> " + text(after);
  }

  static String text(Optional<MoneyRange> amount) {
    return amount.map(MoneyRange::toString).orElse("unknown");
  }
}
