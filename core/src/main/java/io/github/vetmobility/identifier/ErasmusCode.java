package io.github.vetmobility.identifier;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.Text;
import io.github.vetmobility.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The Erasmus code of a higher-education institution holding the Erasmus Charter, for example
 * {@code "A BADEN01"} or {@code "IRLDUBLIN01"}.
 *
 * <p>The code is a country prefix of one to three letters padded with spaces to three characters
 * (the Commission's own prefixes: {@code A} Austria, {@code D} Germany, {@code SF} Finland, {@code
 * IRL} Ireland, ...), a city part of letters and hyphens, and a number of one to three digits. The
 * charter list pads with no-break spaces and sometimes with one space too many; both are normalised
 * to the canonical three-character prefix.
 */
@Value.Immutable
@ValueStyle
public abstract class ErasmusCode {
  private static final String EXPECTED =
      "an Erasmus code: a 1-3 letter country prefix padded to 3 characters, a city part of"
          + " letters and hyphens, and 1-3 digits, e.g. 'A  BADEN01'";
  private static final int MAX_LENGTH = 20;

  ErasmusCode() {}

  /** {@return the canonical form: prefix padded with spaces to three characters} */
  @Value.Parameter
  public abstract String value();

  /** {@return the country prefix without padding, for example {@code "A"} or {@code "IRL"}} */
  public String prefix() {
    return value().substring(0, 3).trim();
  }

  /**
   * Parses an Erasmus code in any case, with ordinary or no-break spaces.
   *
   * @param text the code
   * @return the code in canonical form
   * @throws InvalidValueException if {@code text} is {@code null} or not an Erasmus code
   */
  public static ErasmusCode parse(CharSequence text) {
    if (text == null) {
      throw new InvalidValueException("erasmusCode", null, EXPECTED);
    }
    String s = Text.strip(text);
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      throw new InvalidValueException("erasmusCode", text, EXPECTED);
    }
    int i = 0;
    while (i < s.length() && i < 3 && Text.isAsciiLetter(s.charAt(i))) {
      i++;
    }
    int prefixEnd = i;
    int spaces = 0;
    while (i < s.length() && Text.isSpace(s.charAt(i))) {
      i++;
      spaces++;
    }
    // Without padding only a three-letter prefix (IRL, LUX) can be told from the city part.
    if (prefixEnd == 0 || (spaces == 0 && prefixEnd < 3) || prefixEnd + spaces > 3) {
      throw new InvalidValueException("erasmusCode", text, EXPECTED);
    }
    StringBuilder out = new StringBuilder(s.length() + 2);
    for (int k = 0; k < prefixEnd; k++) {
      out.append(Text.upper(s.charAt(k)));
    }
    while (out.length() < 3) {
      out.append(' ');
    }
    int cityStart = i;
    int letters = 0;
    while (i < s.length() && !Text.isAsciiDigit(s.charAt(i))) {
      char c = s.charAt(i);
      if (Text.isAsciiLetter(c)) {
        letters++;
        out.append(Text.upper(c));
      } else if (c == '-' && i > cityStart) {
        out.append(c);
      } else if (Text.isSpace(c) && i > cityStart && !Text.isSpace(s.charAt(i - 1))) {
        out.append(' ');
      } else {
        throw new InvalidValueException("erasmusCode", text, EXPECTED);
      }
      i++;
    }
    int digits = s.length() - i;
    if (letters == 0 || digits < 1 || digits > 3 || !Text.allDigits(s, i, s.length())) {
      throw new InvalidValueException("erasmusCode", text, EXPECTED);
    }
    out.append(s, i, s.length());
    // Padding can lengthen the text; the canonical form must parse again.
    if (out.length() > MAX_LENGTH) {
      throw new InvalidValueException("erasmusCode", text, EXPECTED);
    }
    return ImmutableErasmusCode.of(out.toString());
  }

  /**
   * Same as {@link #parse(CharSequence)}.
   *
   * @param value the code
   * @return the parsed code
   * @throws io.github.vetmobility.InvalidValueException if {@code value} is not an Erasmus code
   */
  public static ErasmusCode of(String value) {
    return parse(value);
  }

  @Override
  public String toString() {
    return value();
  }
}
