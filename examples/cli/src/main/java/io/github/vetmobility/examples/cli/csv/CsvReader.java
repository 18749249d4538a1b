package io.github.vetmobility.examples.cli.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads CSV records one at a time from a character stream (RFC 4180): fields separated by {@code ,}
 * or {@code ;}, optionally quoted with {@code "}, a doubled quote inside quotes for a quote,
 * separators and line breaks allowed inside quotes, lines ended by CRLF, LF or CR.
 *
 * <p>Beyond RFC 4180: lines starting with {@code #} before the first record are comments and
 * skipped; empty lines are skipped anywhere; the separator can be detected from the first record
 * (the one of {@code ,} and {@code ;} that occurs more often outside quotes). A record with a quote
 * left open at the end of the input, or with text after a closing quote, is still returned, with
 * {@link CsvRecord#problem()} set: a bad record never stops the reading.
 *
 * <p>Memory stays bounded whatever the input: one buffer, and a field is cut at {@link
 * #MAX_FIELD_LENGTH} characters (the record is then marked as a problem).
 *
 * <p>Not thread-safe: one reader per stream.
 */
public final class CsvReader implements Closeable {
  /** The longest field kept, in characters; longer fields are cut and their record flagged. */
  public static final int MAX_FIELD_LENGTH = 1 << 20;

  private static final int BUFFER = 1 << 16;

  private final Reader in;
  private final char[] buf = new char[BUFFER];
  private final StringBuilder field = new StringBuilder(128);
  private int pos;
  private int limit;
  private boolean eof;
  private char separator;
  private long line = 1;
  private boolean started;
  private int commentLines;

  /**
   * Creates a reader.
   *
   * @param in the characters to read; closed by {@link #close()}
   * @param separator {@code ','} or {@code ';'}, or {@code 0} to detect it from the first record
   */
  public CsvReader(Reader in, char separator) {
    if (separator != 0 && separator != ',' && separator != ';') {
      throw new IllegalArgumentException("separator must be ',' or ';', not '" + separator + "'");
    }
    this.in = in;
    this.separator = separator;
  }

  /**
   * Returns the separator, once the first record has been read (or as given to the constructor);
   * {@code 0} before when it is detected.
   */
  public char separator() {
    return separator;
  }

  /** Returns how many comment lines were skipped before the first record. */
  public int commentLines() {
    return commentLines;
  }

  /**
   * Reads the next record.
   *
   * @param record the record to fill
   * @return {@code false} at the end of the input (then {@code record} is unchanged)
   * @throws IOException if the stream fails
   */
  public boolean next(CsvRecord record) throws IOException {
    if (!started) {
      started = true;
      skipComments();
      if (separator == 0) {
        separator = detectSeparator();
      }
    }
    skipEmptyLines();
    if (!ensure()) {
      return false;
    }
    record.reset(line);
    while (true) {
      int end = readField(record);
      if (end == separator) {
        continue;
      }
      if (end == '\r' || end == '\n') {
        endLine(end);
      }
      return true;
    }
  }

  // Reads one field and adds it; returns the character that ended it (consumed unless a line end)
  // or -1 at the end of the input.
  private int readField(CsvRecord record) throws IOException {
    if (!ensure()) {
      record.add("");
      return -1;
    }
    if (buf[pos] == '"') {
      pos++;
      return readQuoted(record);
    }
    // Fast path: the whole field lies in the buffer.
    int start = pos;
    while (true) {
      for (int i = pos; i < limit; i++) {
        char c = buf[i];
        if (c == separator || c == '\n' || c == '\r') {
          String value;
          if (field.length() == 0) {
            // Optional columns are mostly empty: one shared empty string, not one per cell.
            value = i == start ? "" : new String(buf, start, i - start);
          } else {
            append(record, start, i);
            value = field.toString();
            field.setLength(0);
          }
          record.add(value);
          if (c == separator) {
            pos = i + 1;
          } else {
            pos = i;
          }
          return c;
        }
      }
      append(record, start, limit);
      pos = limit;
      if (!ensure()) {
        record.add(field.toString());
        field.setLength(0);
        return -1;
      }
      start = pos;
    }
  }

  private int readQuoted(CsvRecord record) throws IOException {
    long startLine = line;
    while (true) {
      if (!ensure()) {
        record.problem("a quote opened on line " + startLine + " is never closed");
        record.add(field.toString());
        field.setLength(0);
        return -1;
      }
      int start = pos;
      int i = pos;
      while (i < limit && buf[i] != '"') {
        // Inside quotes only LF counts a line: CRLF is one line, and lone CRs are not used any
        // more.
        if (buf[i] == '\n') {
          line++;
        }
        i++;
      }
      append(record, start, i);
      pos = i;
      if (i == limit) {
        continue;
      }
      pos++; // the quote
      if (!ensure()) {
        record.add(field.toString());
        field.setLength(0);
        return -1;
      }
      if (buf[pos] == '"') {
        appendChar(record, '"');
        pos++;
        continue;
      }
      // Closing quote: anything up to the separator or line end is stray text, kept but flagged.
      while (ensure()) {
        char c = buf[pos];
        if (c == separator || c == '\n' || c == '\r') {
          record.add(field.toString());
          field.setLength(0);
          if (c == separator) {
            pos++;
          }
          return c;
        }
        record.problem("text after a closing quote on line " + line);
        appendChar(record, c);
        pos++;
      }
      record.add(field.toString());
      field.setLength(0);
      return -1;
    }
  }

  private void append(CsvRecord record, int from, int to) {
    int room = MAX_FIELD_LENGTH - field.length();
    if (to - from > room) {
      record.problem("a field longer than " + MAX_FIELD_LENGTH + " characters was cut");
      to = from + Math.max(room, 0);
    }
    field.append(buf, from, to - from);
  }

  private void appendChar(CsvRecord record, char c) {
    if (field.length() >= MAX_FIELD_LENGTH) {
      record.problem("a field longer than " + MAX_FIELD_LENGTH + " characters was cut");
      return;
    }
    field.append(c);
  }

  // Consumes a line end (CR, LF or CRLF) at pos and counts the line.
  private void endLine(int c) throws IOException {
    pos++;
    line++;
    if (c == '\r' && ensure() && buf[pos] == '\n') {
      pos++;
    }
  }

  private void skipEmptyLines() throws IOException {
    while (ensure() && (buf[pos] == '\n' || buf[pos] == '\r')) {
      endLine(buf[pos]);
    }
  }

  private void skipComments() throws IOException {
    while (true) {
      skipEmptyLines();
      if (!ensure() || buf[pos] != '#') {
        return;
      }
      commentLines++;
      while (ensure() && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      if (ensure()) {
        endLine(buf[pos]);
      }
    }
  }

  // Looks at the first record's line (read into the buffer, not consumed).
  private char detectSeparator() throws IOException {
    skipEmptyLines();
    compactAndFillLine();
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = pos; i < limit; i++) {
      char c = buf[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == '\n' || c == '\r') {
          break;
        } else if (c == ',') {
          commas++;
        } else if (c == ';') {
          semicolons++;
        }
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  // Fills the buffer until it holds a whole line (or is full, or the input ends).
  private void compactAndFillLine() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    while (!eof && limit < buf.length && !hasLineEnd()) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
  }

  private boolean hasLineEnd() {
    for (int i = pos; i < limit; i++) {
      if (buf[i] == '\n' || buf[i] == '\r') {
        return true;
      }
    }
    return false;
  }

  // Makes at least one character available at pos; false at the end of the input.
  private boolean ensure() throws IOException {
    if (pos < limit) {
      return true;
    }
    while (!eof) {
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        eof = true;
      } else if (n > 0) {
        pos = 0;
        limit = n;
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
