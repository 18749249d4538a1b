package io.github.vetmobility.funding.internal;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.funding.RateCategory;
import io.github.vetmobility.internal.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A funding data file: {@code #} comment lines, one header line, then comma-separated rows (RFC
 * 4180 quoting). Every value read through a {@link Row} is checked, and a bad one is refused with
 * the file, line and column.
 */
public final class DataFile {
  private final String name;
  private final List<Row> rows;

  private DataFile(String name, List<Row> rows) {
    this.name = name;
    this.rows = rows;
  }

  /** Returns the file name used in messages. */
  public String name() {
    return name;
  }

  /** Returns the data rows in file order. */
  public List<Row> rows() {
    return rows;
  }

  /** Reads a resource of this package. */
  static DataFile resource(String file, String... header) {
    InputStream in = DataFile.class.getResourceAsStream(file);
    if (in == null) {
      throw new IllegalStateException("resource " + file + " missing from vetmobility-core");
    }
    return read(new InputStreamReader(in, StandardCharsets.UTF_8), file, header);
  }

  /**
   * Reads a data file whose header must be exactly {@code header}.
   *
   * @param reader the text; closed when done
   * @param name the file name for messages
   * @param header the expected column names
   * @return the file
   * @throws InvalidValueException on a wrong header or a row with the wrong number of fields
   */
  public static DataFile read(Reader reader, String name, String... header) {
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    try (BufferedReader r = new BufferedReader(reader)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = split(line, name, lineNo);
        if (!headerSeen) {
          if (!fields.equals(Arrays.asList(header))) {
            throw new InvalidValueException(
                name + " line " + lineNo, line, "the header " + String.join(",", header));
          }
          headerSeen = true;
          continue;
        }
        if (fields.size() != header.length) {
          throw new InvalidValueException(
              name + " line " + lineNo,
              line,
              header.length + " fields (" + String.join(",", header) + "), got " + fields.size());
        }
        rows.add(new Row(name, lineNo, header, fields));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    if (!headerSeen) {
      throw new InvalidValueException(name, "", "a header line " + String.join(",", header));
    }
    return new DataFile(name, List.copyOf(rows));
  }

  private static List<String> split(String line, String name, int lineNo) {
    List<String> out = new ArrayList<>();
    if (line.indexOf('"') < 0) {
      // Most lines quote nothing: cut at the commas instead of copying a character at a time
      // (the copy ran interpreted at start-up, a fifth of reading the funding data).
      int start = 0;
      int comma;
      while ((comma = line.indexOf(',', start)) >= 0) {
        out.add(Text.strip(line.substring(start, comma)));
        start = comma + 1;
      }
      out.add(Text.strip(line.substring(start)));
      return out;
    }
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          sb.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          sb.append(c);
        }
      } else if (c == '"' && sb.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        out.add(Text.strip(sb));
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    if (quoted) {
      throw new InvalidValueException(name + " line " + lineNo, line, "a closing quote");
    }
    out.add(Text.strip(sb));
    return out;
  }

  /** One data row; its getters check the value and name file, line and column when it is bad. */
  public static final class Row {
    private final String file;
    private final int line;
    private final String[] header;
    private final List<String> fields;

    Row(String file, int line, String[] header, List<String> fields) {
      this.file = file;
      this.line = line;
      this.header = header;
      this.fields = fields;
    }

    /** Returns the line number. */
    public int line() {
      return line;
    }

    /** Returns where this row is, e.g. {@code travel-bands.csv line 12}. */
    public String where() {
      return file + " line " + line;
    }

    /** Returns the raw text of a column (empty when the cell is empty). */
    public String text(String column) {
      return fields.get(index(column));
    }

    /** Returns a refusal of a column's value. */
    public InvalidValueException bad(String column, String expected) {
      return new InvalidValueException(where() + " " + column, text(column), expected);
    }

    /** Returns a non-empty text. */
    /** Returns the {@code participant} column as a rate category, or fails naming the line. */
    public RateCategory participant() {
      try {
        return RateCategory.parse(required("participant"));
      } catch (InvalidValueException e) {
        throw bad("participant", e.expected());
      }
    }

    public String required(String column) {
      String s = text(column);
      if (s.isEmpty()) {
        throw bad(column, "a value");
      }
      return s;
    }

    /** Returns the programme of the row. */
    public Programme programme() {
      try {
        return Programme.parse(required("programme"));
      } catch (InvalidValueException e) {
        throw bad("programme", e.expected());
      }
    }

    /** Returns the inclusive call years {@code [from, to]}, within the programme's calls. */
    public int[] calls() {
      Programme p = programme();
      String s = required("calls");
      int dash = s.indexOf('-');
      String a = dash < 0 ? s : s.substring(0, dash);
      String b = dash < 0 ? s : s.substring(dash + 1);
      if (!isYear(a) || !isYear(b)) {
        throw bad("calls", "a call year or a range such as 2021-2024");
      }
      int from = Integer.parseInt(a);
      int to = Integer.parseInt(b);
      if (from > to || from < p.firstCall() || to > p.lastCall()) {
        throw bad(
            "calls", "call years of " + p.key() + " (" + p.firstCall() + "-" + p.lastCall() + ")");
      }
      return new int[] {from, to};
    }

    private static boolean isYear(String s) {
      return s.length() == 4 && Text.allDigits(s, 0, 4);
    }

    /** Returns a whole number from {@code min} to {@code max}, or -1 when the cell is empty. */
    public long wholeOrEmpty(String column, long min, long max) {
      String s = text(column);
      if (s.isEmpty()) {
        return -1;
      }
      if (s.length() > 12 || !Text.allDigits(s, 0, s.length())) {
        throw bad(column, "a whole number from " + min + " to " + max);
      }
      long v = Long.parseLong(s);
      if (v < min || v > max) {
        throw bad(column, "a whole number from " + min + " to " + max);
      }
      return v;
    }

    /** Returns a required whole number. */
    public long whole(String column, long min, long max) {
      required(column);
      return wholeOrEmpty(column, min, max);
    }

    /** Returns the confidence; {@code null} for {@code unknown} (a row that only shows a gap). */
    public Confidence confidence() {
      String s = required("confidence").toUpperCase(Locale.ROOT);
      if (s.equals("UNKNOWN")) {
        return null;
      }
      try {
        return Confidence.valueOf(s);
      } catch (IllegalArgumentException e) {
        throw bad("confidence", "confirmed, secondary, inferred, unconfirmed or unknown");
      }
    }

    /** Returns the sources, separated by {@code ;}; at least one. */
    public List<String> sources() {
      List<String> out = new ArrayList<>();
      for (String s : required("sources").split(";")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
      if (out.isEmpty()) {
        throw bad("sources", "at least one source");
      }
      return List.copyOf(out);
    }

    private int index(String column) {
      for (int i = 0; i < header.length; i++) {
        if (header[i].equals(column)) {
          return i;
        }
      }
      throw new IllegalArgumentException("no column " + column);
    }
  }
}
