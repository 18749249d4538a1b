package io.github.vetmobility.funding;

import io.github.vetmobility.distance.Distance;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.internal.ValueStyle;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.money.MoneyRange;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The grant one mobility earns under one edition, as an immutable breakdown: every line with the
 * rule that produced it.
 *
 * <p>A line is exact, a range, or unknown (see {@link GrantLine}). {@link #total()} is the exact
 * sum of the lines, empty when a line is not exact; {@link #totalRange()} is the sum of the lines'
 * ranges (equal minimum and maximum when the total is exact), empty only when a line is unknown.
 *
 * <p><b>Mobilities that are not eligible</b> earn nothing: when the mobility-level rules of the
 * rule book find it {@code NOT_ELIGIBLE}, every line is exactly zero and says which rules failed
 * and what it would be if the mobility were eligible; {@link #failedRules()} names those rules and
 * the total is {@code EUR 0.00}. The command-line checker reports the same grant.
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

  /**
   * Returns the ids of the eligibility rules the mobility failed (e.g. {@code VET-DURATION-MAX});
   * empty when it is eligible, with or without warnings. When not empty, every line is zero.
   */
  public abstract List<String> failedRules();

  /** Returns whether the mobility is eligible, so that its lines are paid. */
  public boolean isEligible() {
    return failedRules().isEmpty();
  }

  /** Returns the sum of all lines, or empty when a line is a range or unknown. */
  @Value.Derived
  public Optional<Money> total() {
    return sums().total();
  }

  /**
   * Returns the range of the sum of all lines: minimum and maximum equal when every line is exact,
   * the sums of the lines' minima and maxima when some are ranges; empty when a line is unknown.
   */
  public Optional<MoneyRange> totalRange() {
    return sums().totalRange();
  }

  /**
   * Returns the sum of the lines of one category: zero when there is none, empty when one of them
   * is a range or unknown.
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
    // A category with a line that is not exact has no sum, and the grant no exact total.
    private final boolean[] inexact = new boolean[ITEMS];
    private final boolean exact;
    private final boolean known;
    private final long all;
    private final long min;
    private final long max;

    Sums(List<GrantLine> lines) {
      long lo = 0;
      long hi = 0;
      boolean allKnown = true;
      // Indexed: an iterator per grant adds up over a batch.
      for (int i = 0; i < lines.size(); i++) {
        GrantLine line = lines.get(i);
        int item = line.item().ordinal();
        Optional<Money> amount = line.amount();
        if (amount.isPresent()) {
          long c = amount.get().cents();
          cents[item] = Math.addExact(cents[item], c);
          lo = Math.addExact(lo, c);
          hi = Math.addExact(hi, c);
        } else {
          inexact[item] = true;
          Optional<MoneyRange> bounds = line.bounds();
          if (bounds.isPresent()) {
            lo = Math.addExact(lo, bounds.get().min().cents());
            hi = Math.addExact(hi, bounds.get().max().cents());
          } else {
            allKnown = false;
          }
        }
      }
      long sum = 0;
      boolean none = true;
      for (int i = 0; i < ITEMS; i++) {
        sum = Math.addExact(sum, cents[i]);
        none &= !inexact[i];
      }
      this.all = sum;
      this.exact = none;
      this.known = allKnown;
      this.min = lo;
      this.max = hi;
    }

    Optional<Money> amount(GrantItem item) {
      int i = item.ordinal();
      return inexact[i] ? Optional.empty() : Optional.of(money(cents[i]));
    }

    Optional<Money> total() {
      return exact ? Optional.of(money(all)) : Optional.empty();
    }

    Optional<MoneyRange> totalRange() {
      return known ? Optional.of(MoneyRange.of(money(min), money(max))) : Optional.empty();
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

  /** Returns whether every line is exact, so that {@link #total()} is present. */
  public boolean isComplete() {
    return total().isPresent();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableGrant.Builder {}
}
