package io.github.vetmobility.examples.cli.csv;

/**
 * Gives the same {@link String} instance for a field text that repeats in its column. A batch of a
 * million rows holds a few thousand distinct organisations, places, dates and references: sharing
 * their strings saves the allocation, and the look-ups that follow (caches of parsed values) find
 * an already hashed, identical key. One direct-mapped table per column; a collision simply replaces
 * the older text, so memory is bounded. Not thread-safe: owned by one {@link CsvReader}.
 */
final class FieldTexts {
  private static final int COLUMNS = 64;
  private static final int SLOTS = 1 << 13;
  private static final int MAX_LENGTH = 48;

  private final String[][] tables = new String[COLUMNS][];

  /** Returns the text of {@code buf[start, start + length)} in column {@code column}. */
  String of(int column, char[] buf, int start, int length) {
    if (length == 0) {
      return "";
    }
    if (column >= COLUMNS || length > MAX_LENGTH) {
      return new String(buf, start, length);
    }
    int h = 0;
    for (int i = start, end = start + length; i < end; i++) {
      h = 31 * h + buf[i];
    }
    String[] table = tables[column];
    if (table == null) {
      table = new String[SLOTS];
      tables[column] = table;
    }
    int slot = (h ^ (h >>> 13)) & (SLOTS - 1);
    String known = table[slot];
    if (known != null && same(known, buf, start, length)) {
      return known;
    }
    String text = new String(buf, start, length);
    table[slot] = text;
    return text;
  }

  private static boolean same(String known, char[] buf, int start, int length) {
    if (known.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (known.charAt(i) != buf[start + i]) {
        return false;
      }
    }
    return true;
  }
}
