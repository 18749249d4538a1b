package io.github.vetmobility.funding;

import io.github.vetmobility.distance.Distance;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.internal.ValueStyle;
import io.github.vetmobility.money.Money;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The grant one mobility earns under one edition, as an immutable breakdown: every line in exact
 * cents with the rule that produced it. The total is the exact sum of the lines; it is empty when
 * any line could not be computed, while the other lines are still given.
 */
@Value.Immutable
@ValueStyle
public abstract class Grant {
  Grant() {}

  /** Returns the edition whose amounts were applied. */
  public abstract Edition edition();

  /** Returns the lines, ordered by {@link GrantItem}. */
  public abstract List<GrantLine> lines();

  /** Returns the distance used for travel, if one was needed and found. */
  public abstract Optional<Distance> distance();

  /** Returns the receiving country's individual-support group (1 to 3), if one applied. */
  public abstract OptionalInt countryGroup();

  /** Returns the name of the rate table used for individual support, if any. */
  public abstract Optional<String> rateTable();

  /** Returns the sum of all lines, or empty when a line could not be computed. */
  @Value.Derived
  public Optional<Money> total() {
    Money sum = Money.ZERO;
    for (GrantLine l : lines()) {
      if (l.amount().isEmpty()) {
        return Optional.empty();
      }
      sum = sum.plus(l.amount().get());
    }
    return Optional.of(sum);
  }

  /**
   * Returns the sum of the lines of one category: zero when there is none, empty when one of them
   * could not be computed.
   *
   * @param item the category
   * @return the amount
   */
  public Optional<Money> amount(GrantItem item) {
    Money sum = Money.ZERO;
    List<GrantLine> lines = lines();
    // Indexed: callers ask for every item of every grant, and an iterator per call adds up.
    for (int i = 0; i < lines.size(); i++) {
      GrantLine l = lines.get(i);
      if (l.item() == item) {
        if (l.amount().isEmpty()) {
          return Optional.empty();
        }
        sum = sum.plus(l.amount().get());
      }
    }
    return Optional.of(sum);
  }

  /**
   * Returns the lines of one category.
   *
   * @param item the category
   * @return the lines, possibly none
   */
  public List<GrantLine> lines(GrantItem item) {
    return lines().stream().filter(l -> l.item() == item).toList();
  }

  /** Returns whether every line could be computed. */
  public boolean isComplete() {
    return total().isPresent();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableGrant.Builder {}
}
