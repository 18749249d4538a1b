package io.github.vetmobility.validation.internal;

import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.validation.EligibleProject;
import io.github.vetmobility.validation.HostPaths;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/**
 * Validates {@link EligibleProject}: chooses the rule book the project's reference names, runs
 * core's engine and reports its findings. No rule is checked here.
 */
public final class EligibleProjectValidator
    implements ConstraintValidator<EligibleProject, Project> {
  private boolean reportWarnings;
  private boolean strict;
  private boolean perFinding;

  /** Created by the Bean Validation provider. */
  public EligibleProjectValidator() {}

  @Override
  public void initialize(EligibleProject constraint) {
    reportWarnings = constraint.reportWarnings();
    strict = constraint.strict();
    perFinding = constraint.message().equals(EligibleProject.MESSAGE);
  }

  @Override
  public boolean isValid(Project project, ConstraintValidatorContext context) {
    if (project == null) {
      return true;
    }
    ProjectReference r = project.reference();
    RuleBook book =
        HibernateExtensions.settings(context)
            .ruleBooks()
            .find(r.callYear(), r.keyAction())
            .orElse(null);
    if (book == null) {
      return FindingReport.problem(
          context,
          "reference",
          EligibleMobilityValidator.UNKNOWN_EDITION,
          Map.of("reference", r.format()));
    }
    return FindingReport.report(
        strict ? book.assess(project).strict() : book.assess(project),
        reportWarnings,
        perFinding,
        HostPaths.none(),
        context);
  }
}
