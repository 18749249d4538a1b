package io.github.vetmobility.funding;

import io.github.vetmobility.internal.ValueStyle;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.rules.Citation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a grant breakdown: the amount one rule produced, the rule's id, where its numbers are
 * written, and how the amount was reached. A line whose amount cannot be computed (no rate table,
 * an unknown amount in the edition's data, a place that cannot be located) has no amount and says
 * why in {@link #explanation()}.
 */
@Value.Immutable
@ValueStyle
public abstract class GrantLine {
  GrantLine() {}

  /** Returns the budget category. */
  public abstract GrantItem item();

  /** Returns the id of the rule that produced the line, e.g. {@code VET-GRANT-TRAVEL}. */
  public abstract String ruleId();

  /** Returns the amount in exact cents; empty when it could not be computed. */
  public abstract Optional<Money> amount();

  /** Returns where the numbers used are written (edition data key, sources, confidence). */
  public abstract Optional<Citation> citation();

  /**
   * Returns how the amount was computed, e.g. {@code 14 x 64 + 18 x 45 (32 days)}, or why it could
   * not be.
   */
  public abstract String explanation();

  /** Returns whether the amount could be computed. */
  public boolean isComputed() {
    return amount().isPresent();
  }

  @Override
  public String toString() {
    return item()
        + " "
        + amount().map(Money::toString).orElse("not computed")
        + " ["
        + ruleId()
        + "] "
        + explanation();
  }

  static GrantLine of(GrantItem item, String ruleId, Money amount, Citation citation, String how) {
    return ImmutableGrantLine.builder()
        .item(item)
        .ruleId(ruleId)
        .amount(Optional.ofNullable(amount))
        .citation(Optional.ofNullable(citation))
        .explanation(how)
        .build();
  }
}
