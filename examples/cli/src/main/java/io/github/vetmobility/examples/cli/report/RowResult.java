package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.country.CountryCode;
import java.util.List;

/**
 * The checker's report on one input row.
 *
 * @param mobilityId the row's mobility id, or {@code null}
 * @param line the physical line where the row starts
 * @param verdict the verdict
 * @param edition the edition of the rules applied (e.g. {@code EP2127-2024}), or {@code null}
 * @param findings the findings, in the engine's stable order
 * @param distanceKm the one-way distance used, or {@code null}
 * @param distanceBand the distance band (e.g. {@code 500-1999}), or {@code null}
 * @param grant the grant, or {@code null} when not computed
 * @param from the sending country, or {@code null} if unknown
 * @param to the receiving country, or {@code null} if unknown
 * @param rateTable the individual-support rate table the grant used, or {@code null}
 * @param confidence how sure the verdict is ({@code confirmed} ... {@code unknown}), or {@code
 *     null} for rows that were not assessed (invalid input, out of scope)
 */
public record RowResult(
    String mobilityId,
    long line,
    Verdict verdict,
    String edition,
    List<Finding> findings,
    Double distanceKm,
    String distanceBand,
    Grant grant,
    CountryCode from,
    CountryCode to,
    String rateTable,
    String confidence) {
  /** Copies the findings, so a result never changes. */
  public RowResult {
    findings = List.copyOf(findings);
  }
}
