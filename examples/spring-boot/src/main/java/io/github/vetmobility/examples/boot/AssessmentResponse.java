package io.github.vetmobility.examples.boot;

import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Verdict;
import java.util.List;

/**
 * The 200 answer of {@code POST /mobilities/check}: the verdict of the rule book and its findings
 * (warnings only: a mobility with errors is answered with 400 before this is built).
 *
 * @param verdict {@code ELIGIBLE} or {@code ELIGIBLE_WITH_WARNINGS}
 * @param ruleBook the rule book that assessed the mobility, e.g. {@code EP2127-2025-KA122}
 * @param flow the sending and receiving countries, e.g. {@code IT->ES}
 * @param activityDays the days from start to end, both included
 * @param findings what the rule book found, in rule order
 */
public record AssessmentResponse(
    Verdict verdict, String ruleBook, String flow, long activityDays, List<FindingJson> findings) {

  /**
   * One finding.
   *
   * @param ruleId the rule, e.g. {@code VET-RECENT-GRADUATE}
   * @param severity {@code WARNING} here ({@code ERROR} findings are answered with 400)
   * @param field the property of the mobility it concerns, e.g. {@code endDate}
   * @param message what was found, in English
   * @param source the edition data and the documents it rests on
   */
  public record FindingJson(
      String ruleId, String severity, String field, String message, String source) {

    static FindingJson of(Finding f) {
      return new FindingJson(
          f.ruleId(), f.severity().name(), f.field(), f.message(), f.citation().toString());
    }
  }

  static AssessmentResponse of(Mobility mobility, Assessment assessment) {
    return new AssessmentResponse(
        assessment.verdict(),
        assessment.ruleBook().key(),
        mobility.flow().toString(),
        mobility.activityDays(),
        assessment.findings().stream().map(FindingJson::of).toList());
  }
}
