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
    return sums().total();
  }

  /**
   * Returns the sum of the lines of one category: zero when there is none, empty when one of them
   * could not be computed.
   *
   * @param item the category
   * @return the amount
   */
  public Optional<Money> amount(GrantItem item) {
    return sums().amount(item);
  }

  // Every sum comes from one pass over the lines: reports ask for all categories of every grant.
  // Lazy, so outside equality; total() asks for it while the grant is made. (Derived and auxiliary
  // would need Immutables' initialisation shim per grant: 32 B more, measured.)
  @Value.Lazy
  Sums sums() {
    return new Sums(lines());
  }

  /**
   * The sums of a grant's lines in cents, per category and in all. Kept as numbers, so that only
   * the amounts asked for are made.
   */
  static final class Sums {
    private static final int ITEMS = GrantItem.values().length;

    private final long[] cents = new long[ITEMS];
    // A category with a line that has no amount has no sum, and the grant no total.
    private final boolean[] unknown = new boolean[ITEMS];
    private final boolean complete;
    private final long all;

    Sums(List<GrantLine> lines) {
      // Indexed: an iterator per grant adds up over a batch.
      for (int i = 0; i < lines.size(); i++) {
        GrantLine line = lines.get(i);
        int item = line.item().ordinal();
        Optional<Money> amount = line.amount();
        if (amount.isPresent()) {
          cents[item] = Math.addExact(cents[item], amount.get().cents());
        } else {
          unknown[item] = true;
        }
      }
      long sum = 0;
      boolean none = true;
      for (int i = 0; i < ITEMS; i++) {
        sum = Math.addExact(sum, cents[i]);
        none &= !unknown[i];
      }
      this.all = sum;
      this.complete = none;
    }

    Optional<Money> amount(GrantItem item) {
      int i = item.ordinal();
      return unknown[i] ? Optional.empty() : Optional.of(money(cents[i]));
    }

    Optional<Money> total() {
      return complete ? Optional.of(money(all)) : Optional.empty();
    }

    private static Money money(long cents) {
      return cents == 0 ? Money.ZERO : Money.ofCents(cents);
    }
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
