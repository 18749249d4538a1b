package io.github.vetmobility.examples.boot;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.funding.GrantCalculator;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.validation.EligibilitySettings;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The endpoints: check one mobility, check a project, list the rules. */
@RestController
public class MobilityCheckController {
  private final EligibilitySettings settings;

  /**
   * Created by Spring.
   *
   * @param settings the rule books, as the constraints use them
   */
  public MobilityCheckController(EligibilitySettings settings) {
    this.settings = settings;
  }

  /**
   * Assesses a mobility. Spring validates the body first: a field constraint or an eligibility rule
   * that fails never reaches this method but becomes a 400 answer ({@link ViolationProblems}).
   *
   * <p>{@code @Validated} with the group sequence, where {@code @Valid} would check the default
   * group only: the field constraints (cascading into the parts through their {@code @Valid}), then
   * the rules.
   *
   * @param request the mobility, valid and eligible
   * @return the verdict ({@code ELIGIBLE} or {@code ELIGIBLE_WITH_WARNINGS}) and the findings
   */
  @PostMapping("/mobilities/check")
  public AssessmentResponse check(
      @Validated(MobilityCheckRequest.FieldsFirst.class) @RequestBody
          MobilityCheckRequest request) {
    Mobility mobility = request.mobility();
    // The same rule book @EligibleMobility used: the one the project reference names, else the
    // settings' fallback. Assessing again is cheap (well under a microsecond) and gives the
    // warnings the constraint let pass.
    RuleBook book =
        mobility.projectReference().isPresent()
            ? settings.ruleBooks().forMobility(mobility)
            : settings.fallback().orElseThrow();
    return AssessmentResponse.of(mobility, book.assess(mobility));
  }

  /**
   * Assesses a whole project with core's {@code RuleBook.assess(Project)}: the project-level rules
   * (the KA122 cap of participants, preparatory visits, courses, ...) and every mobility, with the
   * grants of {@code GrantCalculator.grants(Project)} (organisational support ranked by start date,
   * then the request's order). The field constraints are checked first (400 when one fails); a rule
   * that fails is part of the 200 answer.
   *
   * @param request the project reference and its mobilities
   * @return the assessment
   */
  @PostMapping("/projects/check")
  public ProjectAssessmentResponse checkProject(@Valid @RequestBody ProjectCheckRequest request) {
    Project project = request.project();
    // Core's rule books go by call year and key action: a school (KA121-SCH) or higher-education
    // project would get VET rules, and an action without a book would fail. Both are the
    // client's error: a 400 naming the field (InvalidValueProblems).
    if (!project.reference().isVetMobility()) {
      throw new InvalidValueException(
          "projectReference",
          request.projectReference(),
          "a VET mobility project: KA102 or KA116 (calls 2014-2020), KA121-VET or KA122-VET"
              + " (calls 2021 on)");
    }
    RuleBook book = settings.ruleBooks().get(project.reference());
    return ProjectAssessmentResponse.of(
        book.assess(project), GrantCalculator.builtIn().grants(project, book));
  }

  /**
   * Lists the rule catalogue.
   *
   * @return every rule, in the order the rule books run them
   */
  @GetMapping("/rules")
  public List<RuleJson> rules() {
    return Arrays.stream(Rule.values()).map(RuleJson::of).toList();
  }
}
