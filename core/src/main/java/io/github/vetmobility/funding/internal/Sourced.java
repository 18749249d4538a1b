package io.github.vetmobility.funding.internal;

import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.Edition;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;

/**
 * One fact of a funding data file: its key (as cited), its value, its confidence ({@code null} when
 * the value is unknown) and its sources, with where it was read. Equality is identity: each row is
 * read once. The citation of the fact in each edition is built once and kept, since a batch cites
 * the same facts millions of times.
 */
public final class Sourced {
  private static final int FIRST_YEAR = 2014;
  private static final int YEARS = 16;

  private final String key;
  private final long value;
  private final Confidence confidence;
  private final List<String> sources;
  private final String where;
  private final AtomicReferenceArray<Object> citations = new AtomicReferenceArray<>(YEARS * 4);

  /**
   * Creates a fact.
   *
   * @param key the key cited in grant lines, e.g. {@code travel.500-1999}
   * @param value the value; {@code -1} when unknown, or for limits {@code Long.MAX_VALUE} for none
   * @param confidence the confidence, {@code null} when the value is unknown
   * @param sources the sources
   * @param where the file and line
   */
  public Sourced(
      String key, long value, Confidence confidence, List<String> sources, String where) {
    this.key = key;
    this.value = value;
    this.confidence = confidence;
    this.sources = List.copyOf(sources);
    this.where = where;
  }

  /** Returns the key cited in grant lines. */
  public String key() {
    return key;
  }

  /** Returns the value (cents, hundredths, a count, or -1 when unknown). */
  public long value() {
    return value;
  }

  /** Returns the confidence, {@code null} when the value is unknown. */
  public Confidence confidence() {
    return confidence;
  }

  /** Returns the sources. */
  public List<String> sources() {
    return sources;
  }

  /** Returns the file and line. */
  public String where() {
    return where;
  }

  /** Returns whether the data row only shows that the value is not known. */
  public boolean isUnknown() {
    return confidence == null || value < 0;
  }

  /**
   * Returns this fact's citation in an edition, building it on first use.
   *
   * @param edition the edition
   * @param build builds the citation
   * @param <T> the citation type
   * @return the citation
   */
  @SuppressWarnings("unchecked")
  public <T> T citation(Edition edition, BiFunction<Sourced, Edition, T> build) {
    int slot = (edition.callYear() - FIRST_YEAR) * 4 + edition.programme().ordinal();
    if (slot < 0 || slot >= citations.length()) {
      return build.apply(this, edition);
    }
    Object c = citations.get(slot);
    if (c == null) {
      c = build.apply(this, edition);
      citations.compareAndSet(slot, null, c);
    }
    return (T) c;
  }

  @Override
  public String toString() {
    return key + "=" + value + " (" + where + ")";
  }
}
