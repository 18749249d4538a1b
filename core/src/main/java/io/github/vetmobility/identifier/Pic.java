package io.github.vetmobility.identifier;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.Text;
import io.github.vetmobility.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A Participant Identification Code (PIC): exactly 9 digits, used in centrally managed actions, for
 * example {@code 949240934}. One PIC is linked to at most one OID.
 */
@Value.Immutable
@ValueStyle
public abstract class Pic {
  private static final String EXPECTED = "a PIC: exactly 9 digits, e.g. 949240934";

  Pic() {}

  /** {@return the nine digits} */
  @Value.Parameter
  public abstract String value();

  /**
   * Parses a PIC. Surrounding white space is ignored; only ASCII digits are accepted.
   *
   * @param text the PIC
   * @return the PIC
   * @throws InvalidValueException if {@code text} is {@code null} or not 9 digits
   */
  public static Pic parse(CharSequence text) {
    if (text == null) {
      throw new InvalidValueException("pic", null, EXPECTED);
    }
    String s = Text.strip(text);
    if (s.length() != 9 || !Text.allDigits(s, 0, 9)) {
      throw new InvalidValueException("pic", text, EXPECTED);
    }
    return ImmutablePic.of(s);
  }

  /**
   * Same as {@link #parse(CharSequence)}: the PIC with these digits.
   *
   * @param value the PIC
   * @return the parsed PIC
   * @throws io.github.vetmobility.InvalidValueException if {@code value} is not a PIC
   */
  public static Pic of(String value) {
    return parse(value);
  }

  @Override
  public String toString() {
    return value();
  }
}
