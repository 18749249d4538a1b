package io.github.vetmobility.examples.cli.csv;

import java.util.Arrays;

/**
 * One record of a CSV file: its fields and the line it starts on. A {@link CsvReader} fills the
 * same instance again for every record, so the reader allocates nothing per record but the field
 * strings; keep the strings, not the record.
 */
public final class CsvRecord {
  private String[] fields = new String[32];
  private int size;
  private long line;
  private String problem;
  private long length;

  /** Creates an empty record, to be filled by {@link CsvReader#next(CsvRecord)}. */
  public CsvRecord() {}

  void reset(long startLine) {
    size = 0;
    line = startLine;
    problem = null;
  }

  void length(long characters) {
    length = characters;
  }

  /**
   * Returns how many characters of the input the record took (its line breaks inside quotes
   * included, its final line break not).
   */
  public long length() {
    return length;
  }

  /**
   * Forgets the record's fields, so that a record kept for reuse holds no text; {@link #size()} is
   * then 0.
   */
  public void clear() {
    Arrays.fill(fields, 0, size, null);
    size = 0;
    length = 0;
    problem = null;
  }

  void add(String field) {
    if (size == fields.length) {
      fields = Arrays.copyOf(fields, size * 2);
    }
    fields[size++] = field;
  }

  void problem(String text) {
    if (problem == null) {
      problem = text;
    }
  }

  /** Returns the number of fields. */
  public int size() {
    return size;
  }

  /**
   * Returns a field.
   *
   * @param index from 0 to {@link #size()} - 1
   * @return the field's text, unquoted; empty for an empty field
   */
  public String get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("field " + index + " of " + size);
    }
    return fields[index];
  }

  /** Returns the physical line (1 = first line of the input) on which the record starts. */
  public long line() {
    return line;
  }

  /**
   * Returns what is wrong with the record's syntax (an unterminated quote, text after a closing
   * quote), or {@code null} when it is well-formed.
   */
  public String problem() {
    return problem;
  }

  /** Returns whether every field is empty (a line of separators only). */
  public boolean isBlank() {
    for (int i = 0; i < size; i++) {
      if (!fields[i].isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
