package io.github.vetmobility.validation.internal;

import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Severity;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an assessment's findings into constraint violations. */
final class FindingReport {
  private FindingReport() {}

  /**
   * Reports the findings that count and tells whether the constraint holds.
   *
   * @param assessment the assessment
   * @param reportWarnings whether warnings count
   * @param perFinding whether each finding is its own violation; else the constraint's own message
   *     is reported once, with the assessment as payload
   * @param context the validator context
   * @return whether no finding counts
   */
  static boolean report(
      Assessment assessment,
      boolean reportWarnings,
      boolean perFinding,
      ConstraintValidatorContext context) {
    List<Finding> findings = assessment.findings();
    boolean valid = true;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.severity() == Severity.WARNING && !reportWarnings) {
        continue;
      }
      if (valid && perFinding) {
        context.disableDefaultConstraintViolation();
      }
      valid = false;
      if (!perFinding) {
        HibernateExtensions.describe(context, Map.of(), assessment);
        return false;
      }
      Map<String, Object> parameters = new LinkedHashMap<>(f.arguments());
      parameters.put("ruleId", f.ruleId());
      HibernateExtensions.describe(context, parameters, f);
      PropertyPath.of(f.field()).addViolation(context, "{" + f.messageKey() + "}");
    }
    return valid;
  }

  /** Reports a problem that is not a finding (no rule book, unreadable input) on a path. */
  static boolean problem(
      ConstraintValidatorContext context,
      String field,
      String messageKey,
      Map<String, Object> parameters) {
    context.disableDefaultConstraintViolation();
    HibernateExtensions.describe(context, parameters, null);
    PropertyPath.of(field).addViolation(context, "{" + messageKey + "}");
    return false;
  }
}
