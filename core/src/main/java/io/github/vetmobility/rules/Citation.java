package io.github.vetmobility.rules;

import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.internal.ValueStyle;
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
@ValueStyle
public abstract class Citation {
  Citation() {}

  /** Returns the edition whose rules were applied. */
  public abstract Edition edition();

  /** Returns the rule-book key whose value was applied, if any. */
  public abstract Optional<String> key();

  /** Returns the source ids and note sections, e.g. {@code [G25, G26]}. */
  public abstract List<String> sources();

  /** Returns the titles of the documents the sources stand for, in the same order. */
  public abstract List<String> documents();

  /**
   * Returns the declared sources among {@link #sources()}, each with its title, web address and
   * kind (Programme Guide, official document, Commission page, National Agency or third party).
   */
  public abstract List<Source> citedSources();

  /** Returns how well the applied value is supported; empty when no value was applied. */
  public abstract Optional<Confidence> confidence();

  /** Returns a short English note on the basis of the rule when no source is cited; else empty. */
  public abstract Optional<String> basis();

  /**
   * Returns a one-line form, e.g. {@code EP2127-2025 activity.SM-TTA.max_days: G25;G26
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
    confidence()
        .ifPresent(
            c -> sb.append(" (").append(c.name().toLowerCase(java.util.Locale.ROOT)).append(')'));
    return sb.toString();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Citation}; the edition is required. */
  public static final class Builder extends ImmutableCitation.Builder {}
}
