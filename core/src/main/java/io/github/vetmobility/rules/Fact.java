package io.github.vetmobility.rules;

import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.internal.BuilderStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a rule-book file: a key, the call years it covers, its value, the confidence of that
 * value and its sources. A fact whose value is not known has neither value nor confidence; rules
 * that need it report {@link Outcome#NOT_EVALUATED}.
 */
@Value.Immutable
@BuilderStyle
public abstract class Fact {
  Fact() {}

  /** {@return the key, for example {@code activity.LM-SHORT-VET.min_days}} */
  public abstract String key();

  /** {@return the first call year covered} */
  public abstract int fromCall();

  /** {@return the last call year covered (inclusive)} */
  public abstract int toCall();

  /**
   * {@return the value as written, for example {@code 10}, {@code yes}, {@code none} (no limit) or
   * a {@code ;} list; empty when the value is unknown}
   */
  public abstract Optional<String> value();

  /** {@return how well the value is supported; empty when the value is unknown} */
  public abstract Optional<Confidence> confidence();

  /** {@return the source ids and note sections, in the file's order} */
  public abstract List<String> sources();

  /**
   * {@return the titles of the documents the sources stand for, in the order of {@link #sources()};
   * a note section ({@code funding.md#3.3}) stands for the project's reference note of that name}
   */
  public abstract List<String> documents();

  /**
   * {@return the declared sources among {@link #sources()}, in the same order, each with its title,
   * web address and kind; note sections are not sources and are left out}
   */
  public abstract List<Source> citedSources();

  /** {@return the name of the file the fact was read from} */
  public abstract String file();

  /** {@return the line number in that file} */
  public abstract int line();

  /** {@return whether the value is unknown} */
  public boolean isUnknown() {
    return value().isEmpty();
  }

  /**
   * {@return whether the fact covers a call year}
   *
   * @param callYear the call year, for example {@code 2025}
   */
  public boolean covers(int callYear) {
    return callYear >= fromCall() && callYear <= toCall();
  }

  /** {@return the call years as text, for example {@code 2021-2024} or {@code 2025}} */
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
        + confidence().map(Confidence::key).orElse("unknown")
        + "; "
        + String.join(";", sources())
        + ")";
  }

  /** {@return a builder (used by the rule-book reader)} */
  public static Builder builder() {
    return ImmutableFact.builder();
  }

  /**
   * Builds a {@link Fact}; key, call years, file and line are required. Get one from {@link
   * Fact#builder()}.
   *
   * <p>Each setter replaces what was set before and returns this builder. No setter accepts {@code
   * null}: a {@code NullPointerException} names the field. The values are checked by {@link
   * #build()}. A builder is for one thread; the values it builds are immutable and thread-safe.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the fields of an existing {@link Fact}: required and defaulted fields are replaced,
     * optional fields only when present, and the elements of its collections are added to those
     * set.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Fact instance);

    /**
     * Sets the key, for example {@code activity.LM-SHORT-VET.min_days}; required.
     *
     * @param key the key
     * @return this builder
     */
    public abstract Builder key(String key);

    /**
     * Sets the first call year covered, inclusive; required.
     *
     * @param fromCall the call year, for example {@code 2021}
     * @return this builder
     */
    public abstract Builder fromCall(int fromCall);

    /**
     * Sets the last call year covered, inclusive; required.
     *
     * @param toCall the call year
     * @return this builder
     */
    public abstract Builder toCall(int toCall);

    /**
     * Sets the value as written, for example {@code 10}, {@code yes}, {@code none} (no limit) or a
     * {@code ;} list. Unset when the value is unknown.
     *
     * @param value the value
     * @return this builder
     */
    public abstract Builder value(String value);

    /**
     * Sets or clears the value as written, for example {@code 10}, {@code yes}, {@code none} (no
     * limit) or a {@code ;} list. Unset when the value is unknown.
     *
     * @param value the value, or empty to clear it
     * @return this builder
     */
    public abstract Builder value(Optional<String> value);

    /**
     * Sets how well the value is supported. Unset when the value is unknown.
     *
     * @param confidence the confidence
     * @return this builder
     */
    public abstract Builder confidence(Confidence confidence);

    /**
     * Sets or clears how well the value is supported. Unset when the value is unknown.
     *
     * @param confidence the confidence, or empty to clear it
     * @return this builder
     */
    public abstract Builder confidence(Optional<? extends Confidence> confidence);

    /**
     * Adds a source id or note section to the source ids and note sections, in the file's order.
     *
     * @param element a source id or note section
     * @return this builder
     */
    public abstract Builder addSources(String element);

    /**
     * Adds source ids or note sections to the source ids and note sections, in the file's order.
     *
     * @param elements the source ids or note sections
     * @return this builder
     */
    public abstract Builder addSources(String... elements);

    /**
     * Sets the source ids and note sections, in the file's order, replacing those added before.
     *
     * @param elements the source ids or note sections
     * @return this builder
     */
    public abstract Builder sources(Iterable<String> elements);

    /**
     * Adds source ids or note sections to the source ids and note sections, in the file's order.
     *
     * @param elements the source ids or note sections
     * @return this builder
     */
    public abstract Builder addAllSources(Iterable<String> elements);

    /**
     * Adds a document title to the titles of the documents the sources stand for, in the order of
     * the sources.
     *
     * @param element a document title
     * @return this builder
     */
    public abstract Builder addDocuments(String element);

    /**
     * Adds titles to the titles of the documents the sources stand for, in the order of the
     * sources.
     *
     * @param elements the titles
     * @return this builder
     */
    public abstract Builder addDocuments(String... elements);

    /**
     * Sets the titles of the documents the sources stand for, in the order of the sources,
     * replacing those added before.
     *
     * @param elements the titles
     * @return this builder
     */
    public abstract Builder documents(Iterable<String> elements);

    /**
     * Adds titles to the titles of the documents the sources stand for, in the order of the
     * sources.
     *
     * @param elements the titles
     * @return this builder
     */
    public abstract Builder addAllDocuments(Iterable<String> elements);

    /**
     * Adds a source to the declared sources among the source ids, in the same order.
     *
     * @param element a source
     * @return this builder
     */
    public abstract Builder addCitedSources(Source element);

    /**
     * Adds sources to the declared sources among the source ids, in the same order.
     *
     * @param elements the sources
     * @return this builder
     */
    public abstract Builder addCitedSources(Source... elements);

    /**
     * Sets the declared sources among the source ids, in the same order, replacing those added
     * before.
     *
     * @param elements the sources
     * @return this builder
     */
    public abstract Builder citedSources(Iterable<? extends Source> elements);

    /**
     * Adds sources to the declared sources among the source ids, in the same order.
     *
     * @param elements the sources
     * @return this builder
     */
    public abstract Builder addAllCitedSources(Iterable<? extends Source> elements);

    /**
     * Sets the name of the file the fact was read from; required.
     *
     * @param file the file name
     * @return this builder
     */
    public abstract Builder file(String file);

    /**
     * Sets the line number in that file, from 1; required.
     *
     * @param line the line number
     * @return this builder
     */
    public abstract Builder line(int line);

    /**
     * Builds the {@link Fact}.
     *
     * @return the fact
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    public final Fact build() {
      return io.github.vetmobility.internal.Required.build("Fact", this::buildValue);
    }

    // The generated build (BuilderStyle), which throws IllegalStateException for a missing field.
    abstract Fact buildValue();
  }
}
