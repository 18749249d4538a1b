package io.github.vetmobility.examples.cli.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads CSV records one at a time from a character stream (RFC 4180): fields separated by {@code ,}
 * or {@code ;}, optionally quoted with {@code "}, a doubled quote inside quotes for a quote,
 * separators and line breaks allowed inside quotes, lines ended by CRLF, LF or CR.
 *
 * <p>Beyond RFC 4180: lines starting with {@code #} before the first record are comments and
 * skipped; empty lines are skipped anywhere; the separator can be detected from the first record
 * (the one of {@code ,} and {@code ;} that occurs more often outside quotes). A bad record never
 * stops the reading: it is returned with {@link CsvRecord#problem()} set, and the next record is
 * read from the next line:
 *
 * <ul>
 *   <li>a quote that is never closed (before the end of the input or within the record limit), or
 *       that is closed on a later line and followed by text (a stray quote, closed by the next
 *       quote), spoils its own line only: the record ends at the line break after the quote, and
 *       the lines after it are read again as records;
 *   <li>a line longer than the line limit, a record longer than the record limit (several lines
 *       through quotes), or a record of more than {@link #MAX_FIELDS} fields is cut there, and the
 *       rest of its line is skipped;
 *   <li>text after a closing quote (on the same line) is kept but flagged.
 * </ul>
 *
 * <p>Memory stays bounded whatever the input: one buffer, which holds at most one record (a quoted
 * field across lines is kept until it closes, to be read again if it never does), and a record of
 * at most the record limit in characters and {@link #MAX_FIELDS} fields.
 *
 * <p>Not thread-safe: one reader per stream.
 */
public final class CsvReader implements Closeable {
  /** The default longest physical line, in characters: 1,048,576 (1 Mi). */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;

  /**
   * The default longest record, in characters, line breaks inside quotes included: 4,194,304 (4
   * Mi).
   */
  public static final int DEFAULT_MAX_RECORD_LENGTH = 1 << 22;

  /** The most fields a record may have; the rest of a longer record's line is skipped. */
  public static final int MAX_FIELDS = 10_000;

  private static final int BUFFER = 1 << 16;
  // readField's answer when the record was ended early (nothing left to consume on its line).
  private static final int STOPPED = -2;

  private final Reader in;
  private final int maxLine;
  private final int maxRecord;
  private char[] buf = new char[BUFFER];
  private final StringBuilder field = new StringBuilder(128);
  private int pos;
  private int limit;
  private boolean eof;
  private char separator;
  private long line = 1;
  private boolean started;
  private int commentLines;
  // Offsets in the input (in characters): of buf[0], of the current physical line and record.
  private long base;
  private long lineStart;
  private long recordStart;
  // Index in buf from which the buffer is kept (a quoted field across lines), or -1.
  private int mark = -1;

  /**
   * Creates a reader with the default limits.
   *
   * @param in the characters to read; closed by {@link #close()}
   * @param separator {@code ','} or {@code ';'}, or {@code 0} to detect it from the first record
   */
  public CsvReader(Reader in, char separator) {
    this(in, separator, DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_RECORD_LENGTH);
  }

  /**
   * Creates a reader.
   *
   * @param in the characters to read; closed by {@link #close()}
   * @param separator {@code ','} or {@code ';'}, or {@code 0} to detect it from the first record
   * @param maxLineLength the longest physical line, in characters (at least 1)
   * @param maxRecordLength the longest record, in characters (at least {@code maxLineLength})
   */
  public CsvReader(Reader in, char separator, int maxLineLength, int maxRecordLength) {
    if (separator != 0 && separator != ',' && separator != ';') {
      throw new IllegalArgumentException("separator must be ',' or ';', not '" + separator + "'");
    }
    if (maxLineLength < 1 || maxRecordLength < maxLineLength) {
      throw new IllegalArgumentException(
          "limits must be 1 <= line <= record, not line "
              + maxLineLength
              + " and record "
              + maxRecordLength);
    }
    this.in = in;
    this.separator = separator;
    this.maxLine = maxLineLength;
    this.maxRecord = maxRecordLength;
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
    recordStart = base + pos;
    while (true) {
      int end = readField(record);
      if (end == separator) {
        if (record.size() >= MAX_FIELDS) {
          record.problem("line " + line + " has more than " + MAX_FIELDS + " fields");
          skipLine();
        } else {
          continue;
        }
      } else if (end == '\r' || end == '\n') {
        record.length(base + pos - recordStart);
        endLine(end);
        return true;
      }
      record.length(base + pos - recordStart);
      return true;
    }
  }

  // The index in buf up to which the current field may be scanned: the limits allow the line and
  // the record one character more than their length, for the character that ends them.
  private int stop() {
    long bound = Math.min(lineStart + maxLine, recordStart + maxRecord) + 1;
    return (int) Math.max(pos, Math.min(limit, bound - base));
  }

  // Reads one field and adds it; returns the character that ended it (consumed unless a line end),
  // -1 at the end of the input, or STOPPED when a limit ended the record.
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
      int stop = stop();
      for (int i = pos; i < stop; i++) {
        char c = buf[i];
        if (c == separator || c == '\n' || c == '\r') {
          String value;
          if (field.length() == 0) {
            // Optional columns are mostly empty: one shared empty string, not one per cell.
            value = i == start ? "" : new String(buf, start, i - start);
          } else {
            field.append(buf, start, i - start);
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
      field.append(buf, start, stop - start);
      pos = stop;
      if (stop < limit) {
        record.add(cut(field));
        field.setLength(0);
        tooLong(record);
        return STOPPED;
      }
      if (!ensure()) {
        record.add(field.toString());
        field.setLength(0);
        return -1;
      }
      start = pos;
    }
  }

  // The line or the record is longer than allowed: say which, and skip the rest of the line.
  private void tooLong(CsvRecord record) throws IOException {
    if (base + pos - lineStart > maxLine) {
      record.problem("line " + line + " is longer than " + maxLine + " characters");
    } else {
      record.problem(
          "the record starting on line "
              + record.line()
              + " is longer than "
              + maxRecord
              + " characters");
    }
    skipLine();
  }

  private int readQuoted(CsvRecord record) throws IOException {
    long quoteLine = line;
    int fieldAtBreak = -1; // the field's length at its first line break
    while (true) {
      if (!ensure()) {
        return unclosed(record, quoteLine, fieldAtBreak, "before the end of the input");
      }
      int stop = stop();
      int start = pos;
      int i = pos;
      while (i < stop && buf[i] != '"') {
        char c = buf[i];
        if (c == '\n' || c == '\r') {
          if (mark < 0) {
            // Kept from here: if the quote never closes, the lines after it are read again.
            mark = i;
            fieldAtBreak = field.length() + i - start;
          }
          // Inside quotes only LF counts a line: CRLF is one line, and lone CRs are not used any
          // more.
          if (c == '\n') {
            line++;
            lineStart = base + i + 1;
            stop = stop();
          }
        }
        i++;
      }
      field.append(buf, start, i - start);
      pos = i;
      if (i == stop && stop < limit) {
        String why =
            base + pos - recordStart > maxRecord
                ? "within " + maxRecord + " characters"
                : "before line " + line + " is longer than " + maxLine + " characters";
        return unclosed(record, quoteLine, fieldAtBreak, why);
      }
      if (i == limit) {
        continue;
      }
      pos++; // the quote
      if (!ensure()) {
        return closed(record);
      }
      if (buf[pos] == '"') {
        field.append('"');
        pos++;
        continue;
      }
      char next = buf[pos];
      if (next == separator || next == '\n' || next == '\r') {
        closed(record);
        if (next == separator) {
          pos++;
        }
        return next;
      }
      if (mark >= 0) {
        // Closed on a later line and followed by text: a stray quote that the next one closed.
        return unclosed(
            record,
            quoteLine,
            fieldAtBreak,
            "(the quote on line " + line + " that would close it is followed by text)");
      }
      // Closing quote: anything up to the separator or line end is stray text, kept but flagged.
      record.problem("text after a closing quote on line " + line);
      while (true) {
        if (!ensure()) {
          return closed(record);
        }
        int end = stop();
        char c = buf[pos];
        if (pos == end) {
          record.add(cut(field));
          field.setLength(0);
          tooLong(record);
          return STOPPED;
        }
        if (c == separator || c == '\n' || c == '\r') {
          closed(record);
          if (c == separator) {
            pos++;
          }
          return c;
        }
        field.append(c);
        pos++;
      }
    }
  }

  // Adds the quoted field; returns -1 (as at the end of the input) for the caller's convenience.
  private int closed(CsvRecord record) {
    mark = -1;
    record.add(field.toString());
    field.setLength(0);
    return -1;
  }

  // A quote that never closes: the record ends at the first line break after the quote, and the
  // input is read again from there (or, without a line break, the rest of the line is skipped).
  private int unclosed(CsvRecord record, long quoteLine, int fieldAtBreak, String why)
      throws IOException {
    record.problem("a quote opened on line " + quoteLine + " is never closed " + why);
    if (mark >= 0) {
      field.setLength(fieldAtBreak);
      record.add(cut(field));
      field.setLength(0);
      pos = mark;
      mark = -1;
      line = quoteLine;
      return STOPPED; // next() then consumes the line break at pos
    }
    record.add(cut(field));
    field.setLength(0);
    skipLine();
    return STOPPED;
  }

  // The text of a field of a record that is flagged anyway: enough to recognise it, no more.
  private static String cut(StringBuilder text) {
    return text.length() <= 1000 ? text.toString() : text.substring(0, 1000);
  }

  // Consumes the rest of the current line, up to (not including) its line break.
  private void skipLine() throws IOException {
    while (ensure()) {
      for (int i = pos; i < limit; i++) {
        char c = buf[i];
        if (c == '\n' || c == '\r') {
          pos = i;
          return;
        }
      }
      pos = limit;
    }
  }

  // Consumes a line end (CR, LF or CRLF) at pos and counts the line.
  private void endLine(int c) throws IOException {
    pos++;
    line++;
    if (c == '\r' && ensure() && buf[pos] == '\n') {
      pos++;
    }
    lineStart = base + pos;
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
      skipLine();
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
      base += pos;
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

  // Makes at least one character available at pos; false at the end of the input. The buffer
  // from the mark on is kept (and grows if it must); everything before pos can go.
  private boolean ensure() throws IOException {
    if (pos < limit) {
      return true;
    }
    while (!eof) {
      int keep = mark >= 0 ? mark : limit;
      int kept = limit - keep;
      if (mark < 0 && buf.length > BUFFER) {
        buf = new char[BUFFER]; // a long quoted field is over: back to the usual size
      } else if (keep > 0) {
        System.arraycopy(buf, keep, buf, 0, kept);
      } else if (kept == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      base += keep;
      limit = kept;
      pos = kept;
      if (mark >= 0) {
        mark = 0;
      }
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
      } else if (n > 0) {
        limit += n;
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
