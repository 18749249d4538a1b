package io.github.vetmobility.examples.cli.input;

import io.github.vetmobility.examples.cli.csv.CsvRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The layouts of mobility CSV files the checker reads, told apart by their header. */
public enum InputFormat {
  /** The library's own layout, one column per fact (see README). */
  CANONICAL,
  /** The Commission's open-data export of mobility periods (24 columns, 2014 on). */
  COMMISSION;

  /**
   * Recognises a header: {@code mobility_id} and {@code activity_type} make the canonical layout; a
   * sending and a receiving country code column make the Commission layout.
   *
   * @param header the first record of the file
   * @return the format, or {@code null} if the header is neither
   */
  public static InputFormat detect(CsvRecord header) {
    boolean id = false;
    boolean activity = false;
    boolean sending = false;
    boolean receiving = false;
    for (int i = 0; i < header.size(); i++) {
      String exact = header.get(i).strip().toLowerCase(Locale.ROOT);
      id |= exact.equals("mobility_id");
      activity |= exact.equals("activity_type");
      CommissionColumn c = CommissionColumn.find(header.get(i));
      sending |= c == CommissionColumn.SENDING_COUNTRY;
      receiving |= c == CommissionColumn.RECEIVING_COUNTRY;
    }
    if (id && activity) {
      return CANONICAL;
    }
    return sending && receiving ? COMMISSION : null;
  }

  /**
   * Returns the reader of this format's rows for a header.
   *
   * @param header the header record
   * @return the row mapper
   * @throws HeaderException if the header does not fit the format
   */
  public RowMapper mapper(CsvRecord header) {
    List<String> names = new ArrayList<>(header.size());
    for (int i = 0; i < header.size(); i++) {
      names.add(header.get(i));
    }
    return this == CANONICAL ? new CanonicalRows(names) : new CommissionRows(names);
  }

  /** Returns the name used on the command line, e.g. {@code canonical}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
