package io.github.vetmobility.money;

import io.github.vetmobility.InvalidValueException;

/**
 * An amount known exactly or only between a minimum and a maximum, both inclusive, in exact cents.
 * A grant line is a range when its amount depends on something not given, e.g. a National Agency's
 * daily rate inside the Programme Guide's range; where only a maximum is known the minimum is zero
 * ("up to"). Immutable and thread-safe.
 *
 * <pre>{@code
 * MoneyRange.exactly(Money.ofEuros(309)).toString();                          // EUR 309.00
 * MoneyRange.of(Money.ofEuros(1640), Money.ofEuros(3960)).toString();         // EUR 1,640.00 to 3,960.00
 * MoneyRange.upTo(Money.ofEuros(1680)).toString();                            // up to EUR 1,680.00
 * }</pre>
 */
public final class MoneyRange {
  private final Money min;
  private final Money max;

  private MoneyRange(Money min, Money max) {
    this.min = min;
    this.max = max;
  }

  /**
   * Returns the range from {@code min} to {@code max}, both inclusive.
   *
   * @param min the smallest possible amount
   * @param max the largest possible amount
   * @return the range
   * @throws InvalidValueException if an amount is missing or {@code min} is above {@code max}
   */
  public static MoneyRange of(Money min, Money max) {
    InvalidValueException.requirePresent(min, "min");
    InvalidValueException.requirePresent(max, "max");
    if (min.compareTo(max) > 0) {
      throw new InvalidValueException("min", min, "at most max " + max);
    }
    return new MoneyRange(min, max);
  }

  /**
   * Returns the range of one exact amount.
   *
   * @param amount the amount
   * @return the range with minimum and maximum {@code amount}
   * @throws InvalidValueException if {@code amount} is missing
   */
  public static MoneyRange exactly(Money amount) {
    InvalidValueException.requirePresent(amount, "amount");
    return new MoneyRange(amount, amount);
  }

  /**
   * Returns the range from zero to a maximum, for an amount of which only the maximum is known.
   *
   * @param max the maximum, zero or more
   * @return the range
   * @throws InvalidValueException if {@code max} is missing or negative
   */
  public static MoneyRange upTo(Money max) {
    return of(Money.ZERO, max);
  }

  /** {@return the smallest possible amount} */
  public Money min() {
    return min;
  }

  /** {@return the largest possible amount} */
  public Money max() {
    return max;
  }

  /** {@return whether the amount is known exactly (minimum equals maximum)} */
  public boolean isExact() {
    return min.cents() == max.cents();
  }

  /**
   * Returns the range of the sum of an amount in this range and one in {@code other}.
   *
   * @param other the other range
   * @return the sum
   */
  public MoneyRange plus(MoneyRange other) {
    return new MoneyRange(min.plus(other.min), max.plus(other.max));
  }

  /**
   * Returns the range in words: {@code EUR 309.00} when exact, {@code up to EUR 1,680.00} when the
   * minimum is zero, else {@code EUR 1,640.00 to 3,960.00}.
   */
  @Override
  public String toString() {
    if (isExact()) {
      return "EUR " + min.toGroupedString();
    }
    if (min.isZero()) {
      return "up to EUR " + max.toGroupedString();
    }
    return "EUR " + min.toGroupedString() + " to " + max.toGroupedString();
  }

  /** Two ranges are equal when their minima and maxima are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof MoneyRange
        && ((MoneyRange) other).min.equals(min)
        && ((MoneyRange) other).max.equals(max);
  }

  @Override
  public int hashCode() {
    return 31 * min.hashCode() + max.hashCode();
  }
}
