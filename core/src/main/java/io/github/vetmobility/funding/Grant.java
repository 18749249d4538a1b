package io.github.vetmobility.funding;

import io.github.vetmobility.distance.Distance;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.money.MoneyRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

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
public final class Grant {
  private final Edition edition;
  private final List<GrantLine> lines;
  private final Distance distance;
  private final int countryGroup;
  private final String rateTable;
  private final List<String> failedRules;

  // Written by hand rather than generated: a batch makes a grant per row, and the generated builder
  // copied every list twice. The sums are not kept: they are one pass over five lines or so.
  Grant(
      Edition edition,
      List<GrantLine> lines,
      Distance distance,
      int countryGroup,
      String rateTable,
      List<String> failedRules) {
    this.edition = Objects.requireNonNull(edition, "edition");
    this.lines = Objects.requireNonNull(lines, "lines");
    this.distance = distance;
    this.countryGroup = countryGroup;
    this.rateTable = rateTable;
    this.failedRules = Objects.requireNonNull(failedRules, "failedRules");
    // Every sum must fit: a grant whose sums would overflow is refused when it is made.
    long lo = 0;
    long hi = 0;
    for (int i = 0; i < lines.size(); i++) {
      GrantLine line = lines.get(i);
      Money amount = line.amountOrNull();
      MoneyRange bounds = amount == null ? line.boundsOrNull() : null;
      lo =
          Math.addExact(
              lo, amount != null ? amount.cents() : bounds == null ? 0 : bounds.min().cents());
      hi =
          Math.addExact(
              hi, amount != null ? amount.cents() : bounds == null ? 0 : bounds.max().cents());
    }
  }

  /** {@return the edition whose amounts were applied} */
  public Edition edition() {
    return edition;
  }

  /** {@return the lines, ordered by {@link GrantItem}} */
  public List<GrantLine> lines() {
    return lines;
  }

  /** {@return the distance used for travel, if one was needed and found} */
  public Optional<Distance> distance() {
    return Optional.ofNullable(distance);
  }

  /** {@return the receiving country's individual-support group (1 to 3), if one applied} */
  public OptionalInt countryGroup() {
    return countryGroup < 0 ? OptionalInt.empty() : OptionalInt.of(countryGroup);
  }

  /** {@return the name of the rate table used for individual support, if any} */
  public Optional<String> rateTable() {
    return Optional.ofNullable(rateTable);
  }

  /**
   * {@return the ids of the eligibility rules the mobility failed (for example {@code
   * VET-DURATION-MAX}); empty when it is eligible, with or without warnings} When not empty, every
   * line is zero.
   */
  public List<String> failedRules() {
    return failedRules;
  }

  /** {@return whether the mobility is eligible, so that its lines are paid} */
  public boolean isEligible() {
    return failedRules.isEmpty();
  }

  /** {@return the sum of all lines, or empty when a line is a range or unknown} */
  public Optional<Money> total() {
    long sum = 0;
    // Indexed: an iterator per grant adds up over a batch.
    for (int i = 0; i < lines.size(); i++) {
      Money amount = lines.get(i).amountOrNull();
      if (amount == null) {
        return Optional.empty();
      }
      sum = Math.addExact(sum, amount.cents());
    }
    return Optional.of(money(sum));
  }

  /**
   * {@return the range of the sum of all lines: minimum and maximum equal when every line is exact,
   * the sums of the lines' minima and maxima when some are ranges; empty when a line is unknown}
   */
  public Optional<MoneyRange> totalRange() {
    long lo = 0;
    long hi = 0;
    for (int i = 0; i < lines.size(); i++) {
      GrantLine line = lines.get(i);
      Money amount = line.amountOrNull();
      if (amount != null) {
        lo = Math.addExact(lo, amount.cents());
        hi = Math.addExact(hi, amount.cents());
      } else {
        MoneyRange bounds = line.boundsOrNull();
        if (bounds == null) {
          return Optional.empty();
        }
        lo = Math.addExact(lo, bounds.min().cents());
        hi = Math.addExact(hi, bounds.max().cents());
      }
    }
    return Optional.of(MoneyRange.of(money(lo), money(hi)));
  }

  /**
   * Returns the sum of the lines of one category: zero when there is none, empty when one of them
   * is a range or unknown.
   *
   * @param item the category
   * @return the amount
   */
  public Optional<Money> amount(GrantItem item) {
    long sum = 0;
    for (int i = 0; i < lines.size(); i++) {
      GrantLine line = lines.get(i);
      if (line.item() == item) {
        Money amount = line.amountOrNull();
        if (amount == null) {
          return Optional.empty();
        }
        sum = Math.addExact(sum, amount.cents());
      }
    }
    return Optional.of(money(sum));
  }

  private static Money money(long cents) {
    return cents == 0 ? Money.ZERO : Money.ofCents(cents);
  }

  /**
   * Returns the lines of one category.
   *
   * @param item the category
   * @return the lines, possibly none
   */
  public List<GrantLine> lines(GrantItem item) {
    List<GrantLine> of = new ArrayList<>(2);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).item() == item) {
        of.add(lines.get(i));
      }
    }
    return List.copyOf(of);
  }

  /** {@return whether every line is exact, so that {@link #total()} is present} */
  public boolean isComplete() {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).amountOrNull() == null) {
        return false;
      }
    }
    return true;
  }

  /** Two grants are equal when edition, lines, distance, group, rate table and failed rules are. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Grant)) {
      return false;
    }
    Grant o = (Grant) other;
    return edition.equals(o.edition)
        && lines.equals(o.lines)
        && Objects.equals(distance, o.distance)
        && countryGroup == o.countryGroup
        && Objects.equals(rateTable, o.rateTable)
        && failedRules.equals(o.failedRules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(edition, lines, distance, countryGroup, rateTable, failedRules);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Grant{edition=").append(edition);
    sb.append(", lines=").append(lines);
    if (distance != null) {
      sb.append(", distance=").append(distance);
    }
    if (countryGroup >= 0) {
      sb.append(", countryGroup=").append(countryGroup);
    }
    if (rateTable != null) {
      sb.append(", rateTable=").append(rateTable);
    }
    return sb.append(", failedRules=").append(failedRules).append('}').toString();
  }
}
