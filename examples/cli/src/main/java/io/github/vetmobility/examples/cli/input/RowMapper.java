package io.github.vetmobility.examples.cli.input;

import io.github.vetmobility.examples.cli.csv.CsvRecord;

/**
 * Turns the rows of one CSV layout into mobilities. Never throws for a bad row: the row becomes a
 * {@link MappedRow} of kind {@link MappedRow.Kind#INVALID} naming the column. Thread-safe.
 */
public interface RowMapper {
  /**
   * Reads one row.
   *
   * @param record the row, with its line number
   * @return the mobility, or why there is none
   */
  MappedRow map(CsvRecord record);

  /** Returns the format this mapper reads. */
  InputFormat format();

  /** Returns the header's columns this layout does not know and ignores (none by default). */
  default java.util.List<String> ignoredColumns() {
    return java.util.List.of();
  }
}
