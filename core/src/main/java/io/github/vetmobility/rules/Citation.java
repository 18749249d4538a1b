package io.github.vetmobility.rules;

import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.internal.BuilderStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the rule behind a finding is written: the edition, the rule-book key whose value was
 * applied, its sources (ids and the documents they stand for) and its confidence. Rules of plain
 * logic (an activity cannot end before it starts) may cite no source; {@link #basis()} then says
 * why the rule holds.
 */
@Value.Immutable
@BuilderStyle
public abstract class Citation {
  Citation() {}

  /** {@return the edition whose rules were applied} */
  public abstract Edition edition();

  /** {@return the rule-book key whose value was applied, if any} */
  public abstract Optional<String> key();

  /** {@return the source ids and note sections, for example {@code [G25, G26]}} */
  public abstract List<String> sources();

  /** {@return the titles of the documents the sources stand for, in the same order} */
  public abstract List<String> documents();

  /**
   * {@return the declared sources among {@link #sources()}, each with its title, web address and
   * kind (Programme Guide, official document, Commission page, National Agency or third party)}
   */
  public abstract List<Source> citedSources();

  /** {@return how well the applied value is supported; empty when no value was applied} */
  public abstract Optional<Confidence> confidence();

  /** {@return a short English note on the basis of the rule when no source is cited; else empty} */
  public abstract Optional<String> basis();

  /**
   * Returns a one-line form, for example {@code EP2127-2025 activity.SM-TTA.max_days: G25;G26
   * (confirmed)}.
   */
  @Override
  public String toString() {
    return text();
  }

  // Computed once: a report prints the citation of every finding, and findings share citations.
  @Value.Lazy
  String text() {
    StringBuilder sb = new StringBuilder(64).append(edition().key());
    key().ifPresent(k -> sb.append(' ').append(k));
    sb.append(": ");
    if (sources().isEmpty()) {
      sb.append(basis().orElse("no source"));
    } else {
      sb.append(String.join(";", sources()));
    }
    confidence().ifPresent(c -> sb.append(" (").append(c.key()).append(')'));
    return sb.toString();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return ImmutableCitation.builder();
  }

  /**
   * Builds a {@link Citation}; the edition is required. Get one from {@link Citation#builder()}.
   *
   * <p>Each setter replaces what was set before and returns this builder. No setter accepts {@code
   * null}: a {@code NullPointerException} names the field. The values are checked by {@link
   * #build()}. A builder is for one thread; the values it builds are immutable and thread-safe.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the fields of an existing {@link Citation}: required and defaulted fields are
     * replaced, optional fields only when present, and the elements of its collections are added to
     * those set.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Citation instance);

    /**
     * Sets the edition whose rules were applied; required.
     *
     * @param edition the edition
     * @return this builder
     */
    public abstract Builder edition(Edition edition);

    /**
     * Sets the rule-book key whose value was applied.
     *
     * @param key the key
     * @return this builder
     */
    public abstract Builder key(String key);

    /**
     * Sets or clears the rule-book key whose value was applied.
     *
     * @param key the key, or empty to clear it
     * @return this builder
     */
    public abstract Builder key(Optional<String> key);

    /**
     * Adds a source id or note section to the source ids and note sections.
     *
     * @param element a source id or note section
     * @return this builder
     */
    public abstract Builder addSources(String element);

    /**
     * Adds source ids or note sections to the source ids and note sections.
     *
     * @param elements the source ids or note sections
     * @return this builder
     */
    public abstract Builder addSources(String... elements);

    /**
     * Sets the source ids and note sections, replacing those added before.
     *
     * @param elements the source ids or note sections
     * @return this builder
     */
    public abstract Builder sources(Iterable<String> elements);

    /**
     * Adds source ids or note sections to the source ids and note sections.
     *
     * @param elements the source ids or note sections
     * @return this builder
     */
    public abstract Builder addAllSources(Iterable<String> elements);

    /**
     * Adds a document title to the titles of the documents the sources stand for, in the same
     * order.
     *
     * @param element a document title
     * @return this builder
     */
    public abstract Builder addDocuments(String element);

    /**
     * Adds titles to the titles of the documents the sources stand for, in the same order.
     *
     * @param elements the titles
     * @return this builder
     */
    public abstract Builder addDocuments(String... elements);

    /**
     * Sets the titles of the documents the sources stand for, in the same order, replacing those
     * added before.
     *
     * @param elements the titles
     * @return this builder
     */
    public abstract Builder documents(Iterable<String> elements);

    /**
     * Adds titles to the titles of the documents the sources stand for, in the same order.
     *
     * @param elements the titles
     * @return this builder
     */
    public abstract Builder addAllDocuments(Iterable<String> elements);

    /**
     * Adds a source to the declared sources among the source ids, each with its title, web address
     * and kind.
     *
     * @param element a source
     * @return this builder
     */
    public abstract Builder addCitedSources(Source element);

    /**
     * Adds sources to the declared sources among the source ids, each with its title, web address
     * and kind.
     *
     * @param elements the sources
     * @return this builder
     */
    public abstract Builder addCitedSources(Source... elements);

    /**
     * Sets the declared sources among the source ids, each with its title, web address and kind,
     * replacing those added before.
     *
     * @param elements the sources
     * @return this builder
     */
    public abstract Builder citedSources(Iterable<? extends Source> elements);

    /**
     * Adds sources to the declared sources among the source ids, each with its title, web address
     * and kind.
     *
     * @param elements the sources
     * @return this builder
     */
    public abstract Builder addAllCitedSources(Iterable<? extends Source> elements);

    /**
     * Sets how well the applied value is supported. Unset when no value was applied.
     *
     * @param confidence the confidence
     * @return this builder
     */
    public abstract Builder confidence(Confidence confidence);

    /**
     * Sets or clears how well the applied value is supported. Unset when no value was applied.
     *
     * @param confidence the confidence, or empty to clear it
     * @return this builder
     */
    public abstract Builder confidence(Optional<? extends Confidence> confidence);

    /**
     * Sets a short English note on the basis of the rule when no source is cited.
     *
     * @param basis the note
     * @return this builder
     */
    public abstract Builder basis(String basis);

    /**
     * Sets or clears a short English note on the basis of the rule when no source is cited.
     *
     * @param basis the note, or empty to clear it
     * @return this builder
     */
    public abstract Builder basis(Optional<String> basis);

    /**
     * Builds the {@link Citation}.
     *
     * @return the citation
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    public final Citation build() {
      return io.github.vetmobility.internal.Required.build("Citation", this::buildValue);
    }

    // The generated build (BuilderStyle), which throws IllegalStateException for a missing field.
    abstract Citation buildValue();
  }
}
