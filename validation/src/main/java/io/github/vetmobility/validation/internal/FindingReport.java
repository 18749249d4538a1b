package io.github.vetmobility.validation.internal;

import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Severity;
import io.github.vetmobility.validation.HostPaths;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
   * @param paths the host's path of each finding's field
   * @param context the validator context
   * @return whether no finding counts
   */
  static boolean report(
      Assessment assessment,
      boolean reportWarnings,
      boolean perFinding,
      HostPaths paths,
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
      HibernateExtensions.describe(context, parameters(f), f);
      PropertyPath.of(paths.hostPath(f.field())).addViolation(context, "{" + f.messageKey() + "}");
    }
    return valid;
  }

  /**
   * The languages of core's finding messages, each with the message parameter that holds the
   * finding's message in it. The template {@code {io.github.vetmobility.rules.RULE-ID}} leads, in
   * the bundle of the locale Hibernate Validator interpolates in, to the parameter of that locale's
   * language: the locale is chosen where it is known (the interpolator, Spring's Accept-Language),
   * and the text is core's.
   */
  static final Map<Locale, String> LANGUAGES = languages();

  private static Map<Locale, String> languages() {
    Map<Locale, String> m = new LinkedHashMap<>();
    for (String l : List.of("en", "de", "es", "fr", "it", "mk", "nl", "pl", "sl", "sq", "sr")) {
      m.put(
          Locale.forLanguageTag(l),
          "findingMessage" + Character.toUpperCase(l.charAt(0)) + l.substring(1));
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * The message parameters of a finding: its arguments (for a host that words a rule's message
   * itself), its rule id and its message in each language.
   */
  static Map<String, Object> parameters(Finding f) {
    Map<String, Object> parameters = new LinkedHashMap<>(f.arguments());
    parameters.put("ruleId", f.ruleId());
    LANGUAGES.forEach((locale, name) -> parameters.put(name, f.message(locale)));
    return parameters;
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
