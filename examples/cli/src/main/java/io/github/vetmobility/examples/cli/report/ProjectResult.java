package io.github.vetmobility.examples.cli.report;

import java.util.List;

/**
 * The checker's report on one project of the batch: what core's project-level rules decided about
 * it as a whole.
 *
 * @param reference the project reference
 * @param edition the rule book applied
 * @param rows the input rows of the project that were assessed
 * @param rowsConcerned the rows that carry a project-level finding
 * @param verdict the verdict of the project-level rules
 * @param confidence how sure that verdict is
 * @param findings the project-level findings that concern no single row
 */
public record ProjectResult(
    String reference,
    String edition,
    long rows,
    long rowsConcerned,
    String verdict,
    String confidence,
    List<Finding> findings) {
  /** Copies the findings. */
  public ProjectResult {
    findings = List.copyOf(findings);
  }
}
