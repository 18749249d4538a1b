package io.github.vetmobility.examples.boot;

import io.github.vetmobility.funding.Grant;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.Verdict;
import java.util.List;

/**
 * The answer of {@code POST /projects/check}: core's assessment of the whole project ({@code
 * RuleBook.assess(Project)}: the project-level rules, then every mobility, findings on {@code
 * mobilities[i]...}) and each mobility's grant from {@code GrantCalculator.grants(Project)}.
 *
 * @param verdict the project's verdict
 * @param ruleBook the rule book, e.g. {@code EP2127-2025-KA122}
 * @param confidence how sure the verdict is, e.g. {@code SECONDARY}
 * @param findings every finding, project-level first
 * @param grants per mobility, in the request's order: the total, exact or as a range
 */
public record ProjectAssessmentResponse(
    Verdict verdict,
    String ruleBook,
    String confidence,
    List<AssessmentResponse.FindingJson> findings,
    List<String> grants) {

  static ProjectAssessmentResponse of(Assessment assessment, List<Grant> grants) {
    return new ProjectAssessmentResponse(
        assessment.verdict(),
        assessment.ruleBook().key(),
        assessment.confidence().name(),
        assessment.findings().stream().map(AssessmentResponse.FindingJson::of).toList(),
        grants.stream()
            .map(
                g ->
                    g.total()
                        .map(Object::toString)
                        .or(() -> g.totalRange().map(Object::toString))
                        .orElse("unknown"))
            .toList());
  }
}
