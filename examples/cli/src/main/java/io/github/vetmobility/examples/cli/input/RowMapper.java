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

  /**
   * Reads one row for the first pass of a batch: only what core's project tally needs, without
   * building the mobility. Gives a row exactly when {@link #map} would give a mobility with a
   * project reference, with the same parts; never throws for a bad row.
   *
   * @param record the row
   * @return what the project-level rules read of the row, or {@code null} when it names no project
   *     or cannot be read (the second pass reports why)
   */
  ProjectRow project(CsvRecord record);

  /** Returns the format this mapper reads. */
  InputFormat format();

  /** Returns the header's columns this layout does not know and ignores (none by default). */
  default java.util.List<String> ignoredColumns() {
    return java.util.List.of();
  }
}
