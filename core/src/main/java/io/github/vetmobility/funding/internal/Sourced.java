package io.github.vetmobility.funding.internal;

import io.github.vetmobility.edition.Confidence;
import java.util.List;

/**
 * One fact of a funding data file: its key (as cited), its value, its confidence ({@code null} when
 * the value is unknown) and its sources, with where it was read.
 *
 * @param key the key cited in grant lines, e.g. {@code travel.500-1999}
 * @param value the value; {@code -1} when unknown, or for limits, {@code Long.MAX_VALUE} for none
 * @param confidence the confidence, {@code null} when the value is unknown
 * @param sources the sources
 * @param where the file and line
 */
public record Sourced(
    String key, long value, Confidence confidence, List<String> sources, String where) {

  /** Returns whether the data row only shows that the value is not known. */
  public boolean isUnknown() {
    return confidence == null || value < 0;
  }
}
