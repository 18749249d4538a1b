package io.github.vetmobility.internal;

/** Small text normalisations shared by the parsers; not part of the API. */
public final class Text {
  private Text() {}

  /**
   * Removes leading and trailing white space, including no-break spaces (U+00A0, U+2007, U+202F)
   * that spreadsheets leave in identifiers.
   */
  public static String strip(CharSequence text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(start, end).toString();
  }

  /** Whether {@code c} is white space, counting the no-break spaces. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  /** Whether {@code c} is an ASCII digit 0-9 (other Unicode digits are not accepted). */
  public static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code c} is an ASCII letter A-Z in either case. */
  public static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Upper-cases ASCII letters only, so that no locale can change the result. */
  public static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }

  /** Whether every character of {@code s} in {@code [from, to)} is an ASCII digit. */
  public static boolean allDigits(CharSequence s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends an amount in cents with two decimals: {@code -1500.00}, or {@code -1,500.00} when
   * grouped. Written digit by digit, without the strings of a concatenation: a report of a million
   * rows prints some twenty million amounts.
   *
   * @param out where to write
   * @param cents the amount in cents
   * @param grouped whether a comma separates thousands
   * @return {@code out}
   */
  public static StringBuilder appendCents(StringBuilder out, long cents, boolean grouped) {
    if (cents < 0) {
      out.append('-');
    }
    // From the negative side, which Long.MIN_VALUE has too.
    long n = cents < 0 ? cents : -cents;
    long units = -(n / 100);
    int frac = (int) -(n % 100);
    if (!grouped || units < 1000) {
      out.append(units);
    } else {
      String digits = Long.toString(units);
      int len = digits.length();
      for (int i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0) {
          out.append(',');
        }
        out.append(digits.charAt(i));
      }
    }
    out.append('.');
    if (frac < 10) {
      out.append('0');
    }
    return out.append(frac);
  }
}
