package io.github.vetmobility.examples.boot;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.funding.Grant;
import io.github.vetmobility.funding.GrantCalculator;
import io.github.vetmobility.funding.GrantContext;
import io.github.vetmobility.json.Json;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.validation.EligibilitySettings;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
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
   * @param locale the language of the request ({@code Accept-Language}), for the messages
   * @return the mobility as core's {@code Json.row} writes it (the checker's {@code jsonl} row
   *     without {@code line}): the verdict ({@code ELIGIBLE} or {@code ELIGIBLE_WITH_WARNINGS}),
   *     rule book, confidence, findings, distance and grant with every line
   */
  @PostMapping(value = "/mobilities/check", produces = MediaType.APPLICATION_JSON_VALUE)
  public String check(
      @Validated(MobilityCheckRequest.FieldsFirst.class) @RequestBody MobilityCheckRequest request,
      Locale locale) {
    Mobility mobility = request.mobility();
    // The same rule book @EligibleMobility used: the one the project reference names, else the
    // settings' fallback. Assessing again is cheap (well under a microsecond) and gives the
    // warnings the constraint let pass.
    RuleBook book =
        mobility.projectReference().isPresent()
            ? settings.ruleBooks().forMobility(mobility)
            : settings.fallback().orElseThrow();
    Assessment assessment = book.assess(mobility);
    Grant grant = GrantCalculator.builtIn().grant(mobility, assessment, GrantContext.NONE);
    // Messages in the request's language (Accept-Language), as the violations of a 400 are.
    return Json.row(mobility.id().orElse(null), assessment, grant, locale);
  }

  /**
   * Assesses a whole project with core's {@code RuleBook.assess(Project)}: the project-level rules
   * (the KA122 cap of participants, preparatory visits, courses, ...) and every mobility, with the
   * grants of {@code GrantCalculator.grants(Project)} (organisational support ranked by start date,
   * then the request's order). The field constraints are checked first (400 when one fails); a rule
   * that fails is part of the 200 answer.
   *
   * @param request the project reference and its mobilities
   * @param locale the language of the request ({@code Accept-Language}), for the messages
   * @return core's JSON form of the project's assessment ({@code Json.of(Assessment)}: verdict,
   *     rule book, confidence, findings), with {@code "grants"}: each mobility's grant as {@code
   *     Json.of(Grant)} writes it, in the request's order
   */
  @PostMapping(value = "/projects/check", produces = MediaType.APPLICATION_JSON_VALUE)
  public String checkProject(@Valid @RequestBody ProjectCheckRequest request, Locale locale) {
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
    String assessment = Json.of(book.assess(project), locale);
    StringBuilder sb = new StringBuilder(assessment.length() + 1024 * project.mobilities().size());
    sb.append(assessment, 0, assessment.length() - 1).append(",\"grants\":[");
    List<Grant> grants = GrantCalculator.builtIn().grants(project, book);
    for (int i = 0; i < grants.size(); i++) {
      Json.appendGrant(i == 0 ? sb : sb.append(','), grants.get(i));
    }
    return sb.append("]}").toString();
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
