package io.github.vetmobility.rules;

import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a rule-book file: a key, the call years it covers, its value, the confidence of that
 * value and its sources. A fact whose value is not known has neither value nor confidence; rules
 * that need it report {@link Outcome#NOT_EVALUATED}.
 */
@Value.Immutable
@ValueStyle
public abstract class Fact {
  Fact() {}

  /** Returns the key, e.g. {@code activity.LM-SHORT-VET.min_days}. */
  public abstract String key();

  /** Returns the first call year covered. */
  public abstract int fromCall();

  /** Returns the last call year covered (inclusive). */
  public abstract int toCall();

  /**
   * Returns the value as written, e.g. {@code 10}, {@code yes}, {@code none} (no limit) or a {@code
   * ;} list; empty when the value is unknown.
   */
  public abstract Optional<String> value();

  /** Returns how well the value is supported; empty when the value is unknown. */
  public abstract Optional<Confidence> confidence();

  /** Returns the source ids and note sections, in the file's order. */
  public abstract List<String> sources();

  /**
   * Returns the titles of the documents the sources stand for, in the order of {@link #sources()};
   * a note section ({@code funding.md#3.3}) stands for the project's reference note of that name.
   */
  public abstract List<String> documents();

  /**
   * Returns the declared sources among {@link #sources()}, in the same order, each with its title,
   * web address and kind; note sections are not sources and are left out.
   */
  public abstract List<Source> citedSources();

  /** Returns the name of the file the fact was read from. */
  public abstract String file();

  /** Returns the line number in that file. */
  public abstract int line();

  /** Returns whether the value is unknown. */
  public boolean isUnknown() {
    return value().isEmpty();
  }

  /** Returns whether the fact covers a call year. */
  public boolean covers(int callYear) {
    return callYear >= fromCall() && callYear <= toCall();
  }

  /** Returns the call years as text, e.g. {@code 2021-2024} or {@code 2025}. */
  public String calls() {
    return fromCall() == toCall() ? Integer.toString(fromCall()) : fromCall() + "-" + toCall();
  }

  @Override
  public String toString() {
    return key()
        + " "
        + calls()
        + " = "
        + value().orElse("unknown")
        + " ("
        + confidence().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).orElse("unknown")
        + "; "
        + String.join(";", sources())
        + ")";
  }

  /** Returns a builder (used by the rule-book reader). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Fact}. */
  public static final class Builder extends ImmutableFact.Builder {}
}
