package io.github.vetmobility.validation;

import static io.github.vetmobility.validation.SampleMobilities.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import io.github.vetmobility.validation.hibernate.EligibleProjectDef;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.junit.jupiter.api.Test;

class EligibleProjectTest {
  private static final Validator WITH_WARNINGS =
      validator(new EligibleProjectDef().reportWarnings(true));
  private static final Validator ERRORS_ONLY = validator(new EligibleProjectDef());

  static Validator validator(EligibleProjectDef def) {
    HibernateValidatorConfiguration cfg = Validators.english();
    ConstraintMapping mapping = cfg.createConstraintMapping();
    mapping.type(Project.class).constraint(def);
    return cfg.addMapping(mapping).buildValidatorFactory().getValidator();
  }

  /** A KA122 project of 12 months with two eligible mobilities. */
  static Project.Builder project() {
    return Project.builder()
        .reference(ProjectReference.parse("2025-1-IT01-KA122-VET-000123456"))
        .beneficiary(SampleMobilities.SENDING)
        .startDate(LocalDate.of(2025, 1, 1))
        .endDate(LocalDate.of(2025, 12, 31))
        .addMobilities(SampleMobilities.eligible().build(), SampleMobilities.eligible().build());
  }

  @Test
  void anEligibleProjectHasNoViolation() {
    assertThat(WITH_WARNINGS.validate(project().build())).isEmpty();
  }

  @Test
  void nullIsValid() {
    assertThat(Validators.VALIDATOR.validateValue(Holder.class, "project", null)).isEmpty();
  }

  static final class Holder {
    @EligibleProject Project project;
  }

  @Test
  void aMobilitysFindingLiesOnTheIndexedPath() {
    Project p =
        project()
            .mobilities(
                List.of(
                    SampleMobilities.eligible().build(),
                    SampleMobilities.eligible().endDate(START.minusDays(1)).build()))
            .build();
    Set<ConstraintViolation<Project>> violations = WITH_WARNINGS.validate(p);
    assertThat(Violations.lines(violations))
        .containsExactly(
            "mobilities[1].endDate {io.github.vetmobility.rules.VET-DATES-ORDER} VET-DATES-ORDER");
    ConstraintViolation<Project> v = violations.iterator().next();
    assertThat(v.getMessage()).isEqualTo(Violations.finding(v).message());
  }

  @Test
  void aProjectRuleLiesOnTheProjectsProperty() {
    Project p = project().endDate(LocalDate.of(2026, 12, 31)).build();
    assertThat(Violations.lines(WITH_WARNINGS.validate(p)))
        .containsExactly(
            "endDate {io.github.vetmobility.rules.VET-KA122-DURATION} VET-KA122-DURATION");
  }

  @Test
  void aReferenceWithoutRulesIsReportedOnTheReference() {
    Project p = project().reference(ProjectReference.parse("2019-1-IT02-KA101-012345")).build();
    assertThat(Violations.lines(ERRORS_ONLY.validate(p)))
        .containsExactly(
            "reference {io.github.vetmobility.validation.EligibleMobility.unknownEdition} -");
  }

  /**
   * Random projects under every Erasmus+ rule book: the violations are exactly the engine's
   * findings (warnings included), on the findings' paths, and project-level rules are reached.
   */
  @Test
  void violationsAreExactlyTheEnginesFindings() {
    Random random = new Random(42);
    List<String> mismatches = new ArrayList<>();
    Set<Rule> seen = EnumSet.noneOf(Rule.class);
    for (RuleBook book : RuleBooks.builtIn().all()) {
      if (book.action().isEmpty()) {
        continue;
      }
      for (int i = 0; i < 40; i++) {
        List<Mobility> mobilities = new ArrayList<>();
        for (int n = random.nextInt(i % 4 == 0 ? 40 : 5); n > 0; n--) {
          mobilities.add(SampleMobilities.random(random, book));
        }
        LocalDate start = LocalDate.of(book.edition().callYear(), 6, 1);
        Project p =
            Project.builder()
                .reference(
                    SampleMobilities.reference(
                        book, random.nextInt(5) == 0 ? CountryCode.DE : CountryCode.IT, "VET"))
                .beneficiary(SampleMobilities.organisation(CountryCode.IT, "E10000009"))
                .startDate(start)
                .endDate(start.plusMonths(random.nextInt(30)).minusDays(1))
                .mobilities(mobilities)
                .build();
        List<Finding> findings = book.assess(p).findings();
        List<String> got = Violations.lines(WITH_WARNINGS.validate(p));
        if (!got.equals(Violations.expected("", findings))) {
          mismatches.add(got + " vs " + findings);
        }
        findings.forEach(f -> seen.add(f.rule()));
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(seen).filteredOn(r -> r.level() == Rule.Level.PROJECT).hasSizeGreaterThan(3);
  }
}
