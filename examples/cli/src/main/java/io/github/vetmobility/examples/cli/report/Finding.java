package io.github.vetmobility.examples.cli.report;

/**
 * One finding on a row, as reported: the rule id, its severity, the field (or CSV column) it
 * concerns, a readable message, and the source the rule comes from.
 *
 * @param rule the rule id, e.g. {@code VET-DURATION-MIN}, or {@code INPUT-INVALID}
 * @param severity e.g. {@code ERROR}, {@code WARNING}
 * @param field the field or column, or {@code null}
 * @param message the message
 * @param source the citation, or {@code null}
 */
public record Finding(String rule, String severity, String field, String message, String source) {}
