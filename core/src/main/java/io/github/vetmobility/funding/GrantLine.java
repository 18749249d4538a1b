package io.github.vetmobility.funding;

import io.github.vetmobility.internal.ValueStyle;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.rules.Citation;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
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
  @Value.Parameter
  public abstract GrantItem item();

  /** Returns the id of the rule that produced the line, e.g. {@code VET-GRANT-TRAVEL}. */
  @Value.Parameter
  public abstract String ruleId();

  /** Returns the amount in exact cents; empty when it could not be computed. */
  @Value.Parameter
  public abstract Optional<Money> amount();

  /** Returns where the numbers used are written (edition data key, sources, confidence). */
  @Value.Parameter
  public abstract Optional<Citation> citation();

  /**
   * Returns how the amount was computed, e.g. {@code 14 x 64 + 18 x 45 (32 days)}, or why it could
   * not be. The words are put together on the first call and kept.
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

  /** Two lines are equal when item, rule, amount, citation and explanation are. */
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
        && citation().equals(o.citation())
        && explanation().equals(o.explanation());
  }

  @Override
  public final int hashCode() {
    return Objects.hash(item(), ruleId(), amount(), citation(), explanation());
  }

  static GrantLine of(
      GrantItem item, String ruleId, Money amount, Citation citation, Supplier<String> how) {
    // The constructor, not a builder: a grant makes five lines or so, a batch millions.
    return ImmutableGrantLine.of(
        item, ruleId, Optional.ofNullable(amount), Optional.ofNullable(citation), how);
  }
}
