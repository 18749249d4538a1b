package io.github.vetmobility.money;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.ScalarStyle;
import io.github.vetmobility.internal.Text;
import org.immutables.value.Value;

/**
 * An amount in euro, held exactly as a whole number of cents. Grants are sums of such amounts, so
 * no floating point ever enters a total.
 */
@Value.Immutable
@ScalarStyle
public abstract class Money implements Comparable<Money> {
  /** Zero euro. */
  public static final Money ZERO = ofCents(0);

  Money() {}

  /** {@return the amount in cents} */
  @Value.Parameter
  public abstract long cents();

  /**
   * Returns an amount in cents.
   *
   * @param cents the number of cents; may be negative for differences
   * @return the amount
   */
  public static Money ofCents(long cents) {
    return ImmutableMoney.of(cents);
  }

  /**
   * Returns a whole number of euro.
   *
   * @param euros the number of euro
   * @return the amount
   * @throws InvalidValueException if the amount does not fit in cents
   */
  public static Money ofEuros(long euros) {
    try {
      return ofCents(Math.multiplyExact(euros, 100L));
    } catch (ArithmeticException e) {
      throw new InvalidValueException("amount", euros, "an amount that fits in cents");
    }
  }

  /**
   * Parses a decimal euro amount such as {@code "1500"}, {@code "59.5"} or {@code "0.07"}: ASCII
   * digits, an optional {@code .} and at most two decimals, optionally signed.
   *
   * @param text the amount
   * @return the amount
   * @throws InvalidValueException if {@code text} is {@code null} or not such an amount
   */
  public static Money parse(CharSequence text) {
    String expected = "a euro amount with at most two decimals, e.g. 1500 or 59.50";
    if (text == null) {
      throw new InvalidValueException("amount", null, expected);
    }
    String s = Text.strip(text);
    int start = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    int dot = s.indexOf('.');
    int intEnd = dot < 0 ? s.length() : dot;
    int decimals = dot < 0 ? 0 : s.length() - dot - 1;
    if (intEnd - start < 1
        || intEnd - start > 15
        || !Text.allDigits(s, start, intEnd)
        || (dot >= 0
            && (decimals < 1 || decimals > 2 || !Text.allDigits(s, dot + 1, s.length())))) {
      throw new InvalidValueException("amount", text, expected);
    }
    long cents = Long.parseLong(s, start, intEnd, 10) * 100;
    if (decimals == 1) {
      cents += (s.charAt(dot + 1) - '0') * 10L;
    } else if (decimals == 2) {
      cents += Long.parseLong(s, dot + 1, dot + 3, 10);
    }
    return ofCents(s.charAt(0) == '-' ? -cents : cents);
  }

  /**
   * {@return this plus {@code other}}
   *
   * @param other the amount to add
   * @throws ArithmeticException if the sum overflows
   */
  public Money plus(Money other) {
    return ofCents(Math.addExact(cents(), other.cents()));
  }

  /**
   * {@return this minus {@code other}}
   *
   * @param other the amount to subtract
   * @throws ArithmeticException if the difference overflows
   */
  public Money minus(Money other) {
    return ofCents(Math.subtractExact(cents(), other.cents()));
  }

  /**
   * {@return this times a whole factor, for example a daily rate times a number of days}
   *
   * @param factor the factor
   * @throws ArithmeticException if the product overflows
   */
  public Money times(long factor) {
    return ofCents(Math.multiplyExact(cents(), factor));
  }

  /**
   * Returns this times {@code numerator / denominator}, rounded to the nearest cent, halves away
   * from zero (for example 80 % of a cost: {@code times(80, 100)}).
   *
   * @param numerator the numerator
   * @param denominator the denominator, positive
   * @return the scaled amount
   */
  public Money times(long numerator, long denominator) {
    if (denominator <= 0) {
      throw new InvalidValueException("denominator", denominator, "a positive number");
    }
    long product = Math.multiplyExact(cents(), numerator);
    long half = denominator / 2;
    long rounded =
        product >= 0 ? (product + half) / denominator : -((-product + half) / denominator);
    return ofCents(rounded);
  }

  /** {@return whether this is less than zero} */
  public boolean isNegative() {
    return cents() < 0;
  }

  /** {@return whether this is zero} */
  public boolean isZero() {
    return cents() == 0;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents(), other.cents());
  }

  /** {@return the amount as a plain decimal with two decimals, for example {@code 1500.00}} */
  public String toDecimalString() {
    return Text.appendCents(new StringBuilder(24), cents(), false).toString();
  }

  /**
   * {@return the amount with two decimals and a comma between thousands, as grant explanations and
   * reports print it, for example {@code 2,772.00} or {@code -1,500.00}}
   */
  public String toGroupedString() {
    return Text.appendCents(new StringBuilder(28), cents(), true).toString();
  }

  @Override
  public String toString() {
    return "EUR " + toDecimalString();
  }
}
