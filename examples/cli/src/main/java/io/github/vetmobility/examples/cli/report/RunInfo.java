package io.github.vetmobility.examples.cli.report;

import java.util.List;

/**
 * What a report says about the run itself.
 *
 * @param sources the input files, {@code -} for standard input
 * @param rateTable the individual-support rate table used, or {@code null} for the built-in ones
 * @param version the checker's version
 */
public record RunInfo(List<String> sources, String rateTable, String version) {
  /** Copies the sources. */
  public RunInfo {
    sources = List.copyOf(sources);
  }
}
