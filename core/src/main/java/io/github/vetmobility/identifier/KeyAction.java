package io.github.vetmobility.identifier;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.ScalarStyle;
import io.github.vetmobility.internal.Text;
import org.immutables.value.Value;

/**
 * An Erasmus+ key-action code such as {@code KA121}: {@code KA} and three digits.
 *
 * <p>Any key action can be represented (a batch may hold rows of other fields); the constants name
 * the ones of VET mobility.
 */
@Value.Immutable
@ScalarStyle
public abstract class KeyAction {
  /** 2014-2020: learning mobility of individuals in VET. */
  public static final KeyAction KA102 = of(102);

  /** 2014-2020: VET learner and staff mobility with a VET Mobility Charter. */
  public static final KeyAction KA116 = of(116);

  /** 2014-2020: the VET Mobility Charter itself. */
  public static final KeyAction KA109 = of(109);

  /** 2021-2027: Erasmus accreditation (VET, school, adult education). */
  public static final KeyAction KA120 = of(120);

  /** 2021-2027: accredited projects for mobility (KA121-VET). */
  public static final KeyAction KA121 = of(121);

  /** 2021-2027: short-term projects for mobility (KA122-VET). */
  public static final KeyAction KA122 = of(122);

  private static final String EXPECTED = "a key action: 'KA' followed by 3 digits, e.g. KA121";

  KeyAction() {}

  /** {@return the three-digit number, for example {@code 121}} */
  @Value.Parameter
  public abstract int number();

  /** {@return the code, for example {@code "KA121"}} */
  public String code() {
    return "KA" + number();
  }

  @Value.Check
  void check() {
    if (number() < 100 || number() > 999) {
      throw new InvalidValueException("keyAction", number(), "a three-digit number 100-999");
    }
  }

  /**
   * Returns the key action with this number.
   *
   * @param number three digits, 100 to 999
   * @return the key action
   * @throws InvalidValueException if {@code number} has not three digits
   */
  public static KeyAction of(int number) {
    return ImmutableKeyAction.of(number);
  }

  /**
   * Parses a key-action code in any case, for example {@code "ka121"}.
   *
   * @param text the code
   * @return the key action
   * @throws InvalidValueException if {@code text} is {@code null} or not {@code KA} + 3 digits
   */
  public static KeyAction parse(CharSequence text) {
    if (text == null) {
      throw new InvalidValueException("keyAction", null, EXPECTED);
    }
    String s = Text.strip(text);
    if (s.length() != 5
        || Text.upper(s.charAt(0)) != 'K'
        || Text.upper(s.charAt(1)) != 'A'
        || !Text.allDigits(s, 2, 5)
        || s.charAt(2) == '0') {
      throw new InvalidValueException("keyAction", text, EXPECTED);
    }
    return of(Integer.parseInt(s, 2, 5, 10));
  }

  @Override
  public String toString() {
    return code();
  }
}
