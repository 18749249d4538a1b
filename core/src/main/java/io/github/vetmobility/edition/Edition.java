package io.github.vetmobility.edition;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.ScalarStyle;
import io.github.vetmobility.internal.Text;
import org.immutables.value.Value;

/**
 * One edition of the rules: a programme at one call year, for example Erasmus+ 2021-2027 call 2024.
 * Written as {@code EP2127-2024}.
 */
@Value.Immutable
@ScalarStyle
public abstract class Edition implements Comparable<Edition> {
  Edition() {}

  /** {@return the programme} */
  @Value.Parameter
  public abstract Programme programme();

  /** {@return the call year} */
  @Value.Parameter
  public abstract int callYear();

  @Value.Check
  void check() {
    if (callYear() < programme().firstCall() || callYear() > programme().lastCall()) {
      throw new InvalidValueException(
          "edition.callYear",
          callYear(),
          "a call year of "
              + programme().key()
              + ": "
              + programme().firstCall()
              + " to "
              + programme().lastCall());
    }
  }

  // Lazy: reports print it once per row, and an edition is shared by a whole batch.
  /** {@return the key, for example {@code EP2127-2024}} */
  @Value.Lazy
  public String key() {
    return programme().key() + "-" + callYear();
  }

  /**
   * Returns the edition of a programme at a call year.
   *
   * @param programme the programme
   * @param callYear the call year, within the programme's years
   * @return the edition
   * @throws InvalidValueException if the call year is outside the programme
   */
  public static Edition of(Programme programme, int callYear) {
    return ImmutableEdition.of(
        InvalidValueException.requirePresent(programme, "edition.programme"), callYear);
  }

  /**
   * Parses a key such as {@code EP2127-2024} or {@code pilot2018-2018}.
   *
   * @param text the key
   * @return the edition
   * @throws InvalidValueException if {@code text} is {@code null} or not an edition key
   */
  public static Edition parse(CharSequence text) {
    String expected = "an edition key PROGRAMME-YEAR, e.g. EP2127-2024 or EP1420-2019";
    if (text == null) {
      throw new InvalidValueException("edition", null, expected);
    }
    String s = Text.strip(text);
    int dash = s.lastIndexOf('-');
    if (dash < 1 || s.length() - dash != 5 || !Text.allDigits(s, dash + 1, s.length())) {
      throw new InvalidValueException("edition", text, expected);
    }
    try {
      return of(
          Programme.parse(s.substring(0, dash)), Integer.parseInt(s, dash + 1, s.length(), 10));
    } catch (InvalidValueException e) {
      throw new InvalidValueException("edition", text, expected + " (" + e.expected() + ")");
    }
  }

  @Override
  public int compareTo(Edition other) {
    int c = programme().compareTo(other.programme());
    return c != 0 ? c : Integer.compare(callYear(), other.callYear());
  }

  @Override
  public String toString() {
    return key();
  }
}
