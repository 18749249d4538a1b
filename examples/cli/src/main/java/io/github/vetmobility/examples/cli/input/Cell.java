package io.github.vetmobility.examples.cli.input;

import io.github.vetmobility.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the typed values of CSV cells. Every method fails with an {@link InvalidValueException}
 * that names the column, so that a row can report exactly what is wrong; an empty cell means
 * "unknown" and gives {@code null} (or the stated default).
 */
final class Cell {
  private Cell() {}

  static boolean isEmpty(String text) {
    return text == null || text.isBlank();
  }

  /** Reads an ISO-8601 calendar date {@code YYYY-MM-DD}; {@code null} when empty. */
  static LocalDate date(String column, String text) {
    if (isEmpty(text)) {
      return null;
    }
    String s = text.strip();
    if (s.length() == 10
        && s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && digits(s, 0, 4)
        && digits(s, 5, 7)
        && digits(s, 8, 10)) {
      try {
        return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
      } catch (DateTimeException e) {
        throw InvalidValueException.withoutStackTrace(
            column, text, "a date that exists in the calendar");
      }
    }
    throw InvalidValueException.withoutStackTrace(column, text, "an ISO-8601 date YYYY-MM-DD");
  }

  /** Reads a boolean: true/false/yes/no/1/0 in any case; {@code null} when empty. */
  static Boolean bool(String column, String text) {
    if (isEmpty(text)) {
      return null;
    }
    String s = text.strip();
    // The lower-case spellings first: they are what files hold, and a switch compares cheaply.
    switch (s) {
      case "true":
      case "yes":
      case "1":
        return Boolean.TRUE;
      case "false":
      case "no":
      case "0":
        return Boolean.FALSE;
      default:
        break;
    }
    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes")) {
      return Boolean.TRUE;
    }
    if (s.equalsIgnoreCase("false") || s.equalsIgnoreCase("no")) {
      return Boolean.FALSE;
    }
    throw InvalidValueException.withoutStackTrace(column, text, "true, false, yes, no, 1 or 0");
  }

  /** Reads a whole number from 0 to 100,000; {@code null} when empty. */
  static Integer count(String column, String text) {
    if (isEmpty(text)) {
      return null;
    }
    String s = text.strip();
    if (s.length() > 0 && s.length() <= 6 && digits(s, 0, s.length())) {
      int n = number(s, 0, s.length());
      if (n <= 100_000) {
        return n;
      }
    }
    throw InvalidValueException.withoutStackTrace(column, text, "a whole number from 0 to 100000");
  }

  /** Reads a decimal number of kilometres ({@code .} as decimal mark); {@code null} when empty. */
  static Double km(String column, String text) {
    if (isEmpty(text)) {
      return null;
    }
    String s = text.strip();
    boolean plain = !s.isEmpty();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.') {
        plain = false;
      }
    }
    if (plain) {
      try {
        double km = Double.parseDouble(s);
        if (km < 40_100) {
          return km;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw InvalidValueException.withoutStackTrace(
        column, text, "a distance in km from 0 to 40100, e.g. 1234.5");
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }
}
