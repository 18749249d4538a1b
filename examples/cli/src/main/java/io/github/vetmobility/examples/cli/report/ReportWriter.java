package io.github.vetmobility.examples.cli.report;

import java.io.IOException;
import java.util.List;

/**
 * Writes the report of a check as rows arrive: {@link #start}, then {@link #row} once per input row
 * in input order, then {@link #finish}. Implementations keep at most a bounded part of the rows.
 */
public interface ReportWriter {
  /**
   * Begins the report.
   *
   * @param info what was run
   * @throws IOException if writing fails
   */
  void start(RunInfo info) throws IOException;

  /**
   * Reports one row.
   *
   * @param row the row's result
   * @throws IOException if writing fails
   */
  void row(RowResult row) throws IOException;

  /**
   * Reports the projects of the batch, after the last row and before {@link #finish}. Per-row
   * formats leave them out (they go to {@code --projects FILE}), so that rows out == rows in.
   *
   * @param projects what core's project-level rules decided about each project
   * @throws IOException if writing fails
   */
  default void projects(List<ProjectResult> projects) throws IOException {
    // per-row formats: nothing
  }

  /**
   * Ends the report and flushes it.
   *
   * @param summary the totals of the run
   * @throws IOException if writing fails
   */
  void finish(Summary summary) throws IOException;
}
