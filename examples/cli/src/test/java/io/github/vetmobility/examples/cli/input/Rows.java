package io.github.vetmobility.examples.cli.input;

import io.github.vetmobility.examples.cli.csv.CsvReader;
import io.github.vetmobility.examples.cli.csv.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a CSV text through the real reader and mapper, as the checker does. */
final class Rows {
  private Rows() {}

  static List<MappedRow> map(String csv) {
    return map(new StringReader(csv));
  }

  static List<MappedRow> map(Reader in) {
    try (CsvReader reader = new CsvReader(in, (char) 0)) {
      CsvRecord r = new CsvRecord();
      if (!reader.next(r)) {
        return List.of();
      }
      InputFormat format = InputFormat.detect(r);
      if (format == null) {
        throw new IllegalArgumentException("unknown header");
      }
      RowMapper mapper = format.mapper(r);
      List<MappedRow> rows = new ArrayList<>();
      while (reader.next(r)) {
        rows.add(mapper.map(r));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
