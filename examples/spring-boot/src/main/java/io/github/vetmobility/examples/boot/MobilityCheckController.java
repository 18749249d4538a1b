package io.github.vetmobility.examples.boot;

import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.validation.EligibilitySettings;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The endpoints: check one mobility, list the rules. */
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
   * Lists the rule catalogue.
   *
   * @return every rule, in the order the rule books run them
   */
  @GetMapping("/rules")
  public List<RuleJson> rules() {
    return Arrays.stream(Rule.values()).map(RuleJson::of).toList();
  }
}
