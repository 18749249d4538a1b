package io.github.vetmobility.examples.cli.input;

import io.github.vetmobility.mobility.Mobility;
import java.util.Objects;
import java.util.Optional;

/**
 * What one input row turned into: a {@link Mobility} ready to be assessed, or the reason it could
 * not be read (invalid input, naming the column), or the reason it is not a VET mobility at all
 * (out of scope). Immutable.
 */
public final class MappedRow {
  /** The three outcomes of reading a row. */
  public enum Kind {
    /** The row is a VET mobility: see {@link #mobility()}. */
    MOBILITY,
    /** The row cannot be read: see {@link #field()} and {@link #message()}. */
    INVALID,
    /** The row is not a VET mobility (another action or sector): see {@link #message()}. */
    OUT_OF_SCOPE
  }

  private final Kind kind;
  private final long line;
  private final String mobilityId;
  private final Mobility mobility;
  private final String callYear;
  private final String field;
  private final String message;

  private MappedRow(
      Kind kind,
      long line,
      String mobilityId,
      Mobility mobility,
      String callYear,
      String field,
      String message) {
    this.kind = kind;
    this.line = line;
    this.mobilityId = mobilityId;
    this.mobility = mobility;
    this.callYear = callYear;
    this.field = field;
    this.message = message;
  }

  static MappedRow mobility(long line, String mobilityId, Mobility mobility, String callYear) {
    return new MappedRow(
        Kind.MOBILITY, line, mobilityId, Objects.requireNonNull(mobility), callYear, null, null);
  }

  static MappedRow invalid(long line, String mobilityId, String field, String message) {
    return new MappedRow(Kind.INVALID, line, mobilityId, null, null, field, message);
  }

  static MappedRow outOfScope(long line, String mobilityId, String field, String message) {
    return new MappedRow(Kind.OUT_OF_SCOPE, line, mobilityId, null, null, field, message);
  }

  /** Returns the outcome. */
  public Kind kind() {
    return kind;
  }

  /** Returns the physical line of the input where the row starts (1 = the first line). */
  public long line() {
    return line;
  }

  /** Returns the row's mobility identifier, or {@code null} if the row has none. */
  public String mobilityId() {
    return mobilityId;
  }

  /** Returns the mobility; {@code null} unless the kind is {@link Kind#MOBILITY}. */
  public Mobility mobility() {
    return mobility;
  }

  /**
   * Returns the row's {@code call_year} cell (a call year, or a rule-book key such as {@code
   * PILOT2018-2018}), if the row has one; it chooses the edition when there is no project
   * reference.
   */
  public Optional<String> callYear() {
    return Optional.ofNullable(callYear);
  }

  /** Returns the column at fault (invalid input) or that tells the scope; else {@code null}. */
  public String field() {
    return field;
  }

  /** Returns why the row is invalid or out of scope; {@code null} for a mobility. */
  public String message() {
    return message;
  }
}
