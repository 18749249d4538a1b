package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.rules.Source;
import java.util.List;

/**
 * One finding on a row, as reported: the rule id, its severity, the field (or CSV column) it
 * concerns, a readable message, and the source the rule comes from.
 *
 * @param rule the rule id, e.g. {@code VET-DURATION-MIN}, or {@code INPUT-INVALID}
 * @param severity e.g. {@code ERROR}, {@code WARNING}
 * @param field the field or column, or {@code null}
 * @param message the message
 * @param source the citation in one line, or {@code null}
 * @param sources the documents the citation names, with their titles and web addresses (empty for
 *     the checker's own input findings)
 */
public record Finding(
    String rule,
    String severity,
    String field,
    String message,
    String source,
    List<Source> sources) {
  /** Copies the sources, so a finding never changes. */
  public Finding {
    sources = List.copyOf(sources);
  }

  /**
   * A finding without documents: the checker's own findings on its input.
   *
   * @param rule the rule id
   * @param severity the severity
   * @param field the field or column, or {@code null}
   * @param message the message
   * @param source the citation in one line, or {@code null}
   */
  public Finding(String rule, String severity, String field, String message, String source) {
    this(rule, severity, field, message, source, List.of());
  }
}
