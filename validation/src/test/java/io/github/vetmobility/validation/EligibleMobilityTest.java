package io.github.vetmobility.validation;

import static io.github.vetmobility.validation.SampleMobilities.START;
import static io.github.vetmobility.validation.SampleMobilities.eligible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.participant.StaffLink;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import io.github.vetmobility.rules.Severity;
import io.github.vetmobility.validation.hibernate.EligibleMobilityDef;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.Test;

class EligibleMobilityTest {
  private static final RuleBooks BOOKS = RuleBooks.builtIn();

  /** A validator that puts {@code @EligibleMobility} on core's Mobility itself. */
  static Validator validator(EligibleMobilityDef def, EligibilitySettings settings, Clock clock) {
    HibernateValidatorConfiguration cfg = Validators.english();
    ConstraintMapping mapping = cfg.createConstraintMapping();
    mapping.type(Mobility.class).constraint(def);
    if (settings != null) {
      cfg.constraintValidatorPayload(settings);
    }
    if (clock != null) {
      cfg.clockProvider(() -> clock);
    }
    return cfg.addMapping(mapping).buildValidatorFactory().getValidator();
  }

  private static final Validator WITH_WARNINGS =
      validator(new EligibleMobilityDef().reportWarnings(true), null, null);
  private static final Validator ERRORS_ONLY = validator(new EligibleMobilityDef(), null, null);

  @Test
  void anEligibleMobilityHasNoViolation() {
    assertThat(WITH_WARNINGS.validate(eligible().build())).isEmpty();
  }

  @Test
  void nullIsValid() {
    assertThat(WITH_WARNINGS.validateValue(Holder.class, "mobility", null)).isEmpty();
  }

  static final class Holder {
    @EligibleMobility Mobility mobility;
  }

  @Test
  void aFindingBecomesAViolationOnItsPathWithPayloadAndParameters() {
    Mobility m = eligible().endDate(START.minusDays(1)).build();
    Set<ConstraintViolation<Mobility>> violations = WITH_WARNINGS.validate(m);
    assertThat(violations).hasSize(1);
    ConstraintViolation<Mobility> v = violations.iterator().next();
    assertThat(v.getPropertyPath()).hasToString("endDate");
    assertThat(v.getMessageTemplate()).isEqualTo("{io.github.vetmobility.rules.VET-DATES-ORDER}");
    assertThat(v.getMessage())
        .isEqualTo("The activity ends on 2025-03-02, before it starts on 2025-03-03");
    Finding f = Violations.finding(v);
    assertThat(f.ruleId()).isEqualTo("VET-DATES-ORDER");
    assertThat(f.citation().edition().key()).isEqualTo("EP2127-2025");
    assertThat(v.getMessage()).isEqualTo(f.message());
    assertThat(v.getRootBean()).isSameAs(m);
  }

  @Test
  void numbersAreMessageParameters() {
    Mobility m = eligible().endDate(START.plusDays(5)).build();
    ConstraintViolation<Mobility> v = WITH_WARNINGS.validate(m).iterator().next();
    Finding f = Violations.finding(v);
    assertThat(f.ruleId()).isEqualTo("VET-DURATION-MIN");
    assertThat(f.arguments()).containsKeys("days", "min");
    assertThat(v.getMessage())
        .isEqualTo(f.message())
        .contains(String.valueOf(f.arguments().get("days")))
        .contains(String.valueOf(f.arguments().get("min")));
  }

  @Test
  void aNestedPropertyIsReportedAsANestedPath() {
    Mobility m =
        eligible().receiving(SampleMobilities.organisation(CountryCode.IT, "E10000002")).build();
    assertThat(Violations.lines(WITH_WARNINGS.validate(m)))
        .containsExactly("receiving.country {io.github.vetmobility.rules.VET-ABROAD} VET-ABROAD");
  }

  @Test
  void warningsAreReportedOnlyWhenAsked() {
    Mobility m =
        eligible()
            .participant(
                Participant.builder()
                    .category(ParticipantCategory.STAFF)
                    .staffLink(StaffLink.EMPLOYED)
                    .build())
            .activityType(io.github.vetmobility.mobility.ActivityType.SM_JOB_SHDW)
            .endDate(START.plusDays(4))
            .accompanied(true)
            .build();
    Assessment a = BOOKS.forMobility(m).assess(m);
    assertThat(a.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
    assertThat(a.findings()).extracting(Finding::ruleId).containsExactly("VET-ACCOMPANIED");
    assertThat(Violations.lines(WITH_WARNINGS.validate(m)))
        .containsExactly(
            "accompanied {io.github.vetmobility.rules.VET-ACCOMPANIED} VET-ACCOMPANIED");
    assertThat(ERRORS_ONLY.validate(m)).isEmpty();
  }

  @Test
  void aMessageOfTheHostsOwnGivesOneViolationWithTheAssessment() {
    Validator v = validator(new EligibleMobilityDef().message("not eligible"), null, null);
    Mobility m = eligible().endDate(START.minusDays(1)).travelDays(8).build();
    Set<ConstraintViolation<Mobility>> violations = v.validate(m);
    assertThat(violations).hasSize(1);
    ConstraintViolation<Mobility> only = violations.iterator().next();
    assertThat(only.getMessage()).isEqualTo("not eligible");
    assertThat(only.getPropertyPath()).hasToString("");
    @SuppressWarnings("unchecked")
    HibernateConstraintViolation<Mobility> hv = only.unwrap(HibernateConstraintViolation.class);
    Assessment a = hv.getDynamicPayload(Assessment.class);
    assertThat(a.findings())
        .extracting(Finding::ruleId)
        .contains("VET-DATES-ORDER", "VET-TRAVEL-DAYS");
  }

  @Test
  void withoutProjectReferenceTheAttributeThenTheFactorySettingsChooseTheRuleBook() {
    Mobility m = eligible().projectReference(java.util.Optional.empty()).endDate(START).build();
    // Nothing names an edition.
    assertThat(Violations.lines(ERRORS_ONLY.validate(m)))
        .containsExactly(
            "projectReference {io.github.vetmobility.validation.EligibleMobility.noRuleBook} -");
    // The annotation attribute.
    Validator byAttribute =
        validator(new EligibleMobilityDef().ruleBook("EP2127-2024-KA121"), null, null);
    assertThat(editions(byAttribute.validate(m))).containsExactly("EP2127-2024");
    // The factory's settings.
    Validator bySettings =
        validator(
            new EligibleMobilityDef(),
            EligibilitySettings.defaults().withFallback("EP1420-2019-KA102"),
            null);
    assertThat(editions(bySettings.validate(m))).containsExactly("EP1420-2019");
    // The attribute wins over the settings; the project reference over both.
    Validator both =
        validator(
            new EligibleMobilityDef().ruleBook("EP2127-2024-KA121"),
            EligibilitySettings.defaults().withFallback("EP1420-2019-KA102"),
            null);
    assertThat(editions(both.validate(m))).containsExactly("EP2127-2024");
    Mobility referenced =
        eligible()
            .projectReference(ProjectReference.parse("2022-1-IT01-KA122-VET-000123456"))
            .endDate(START)
            .build();
    assertThat(editions(both.validate(referenced))).containsExactly("EP2127-2022");
  }

  @Test
  void aKeyActionAloneMeansTheLatestCallNotAfterTodayOfTheValidatorsClock() {
    Mobility m = eligible().projectReference(java.util.Optional.empty()).endDate(START).build();
    Clock in2023 = Clock.fixed(java.time.Instant.parse("2023-06-30T12:00:00Z"), ZoneOffset.UTC);
    Clock in2099 = Clock.fixed(java.time.Instant.parse("2099-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(
            editions(
                validator(new EligibleMobilityDef().ruleBook("KA122"), null, in2023).validate(m)))
        .containsExactly("EP2127-2023");
    int latest =
        BOOKS.all().stream()
            .filter(b -> b.action().map(a -> a.code().equals("KA122")).orElse(false))
            .mapToInt(b -> b.edition().callYear())
            .max()
            .orElseThrow();
    assertThat(
            editions(
                validator(new EligibleMobilityDef().ruleBook("ka122"), null, in2099).validate(m)))
        .containsExactly("EP2127-" + latest);
  }

  @Test
  void aReferenceWithoutRulesIsReportedOnTheReference() {
    Mobility m =
        eligible().projectReference(ProjectReference.parse("2019-1-IT02-KA101-012345")).build();
    Set<ConstraintViolation<Mobility>> violations = ERRORS_ONLY.validate(m);
    assertThat(Violations.lines(violations))
        .containsExactly(
            "projectReference {io.github.vetmobility.validation.EligibleMobility.unknownEdition} -");
    assertThat(violations.iterator().next().getMessage())
        .isEqualTo(
            "no rules of VET mobility are known for the project reference"
                + " 2019-1-IT02-KA101-012345");
  }

  @Test
  void anUnknownRuleBookAttributeIsAConfigurationError() {
    Mobility m = eligible().projectReference(java.util.Optional.empty()).build();
    Validator v = validator(new EligibleMobilityDef().ruleBook("EP2127-1999-KA122"), null, null);
    assertThatThrownBy(() -> v.validate(m))
        .isInstanceOf(ValidationException.class)
        .hasStackTraceContaining("EP2127-1999-KA122");
  }

  @Test
  void aTypeThatIsNoMobilityIsAConfigurationError() {
    assertThatThrownBy(() -> Validators.VALIDATOR.validate(new NotAMobility()))
        .isInstanceOf(ValidationException.class)
        .hasStackTraceContaining("neither a Mobility nor a MobilitySource");
  }

  @EligibleMobility
  static final class NotAMobility {}

  /**
   * Every mobility-level rule is reachable through the constraint, each violation lies on its
   * finding's path with the finding as payload, and the violations are exactly the engine's
   * findings. VET-REFERENCE-EDITION is the one exception: the constraint always applies the rule
   * book the project reference names, so the reference cannot name another edition.
   */
  @Test
  void everyMobilityRuleIsReachableWithItsPathAndPayload() {
    Set<Rule> seen = EnumSet.noneOf(Rule.class);
    Random random = new Random(20251129);
    List<String> mismatches = new ArrayList<>();
    for (RuleBook book : BOOKS.all()) {
      Validator v =
          book.action().isPresent()
              ? WITH_WARNINGS
              : validator(
                  new EligibleMobilityDef().reportWarnings(true),
                  EligibilitySettings.defaults().withFallback(book),
                  null);
      for (int i = 0; i < 400; i++) {
        Mobility m = SampleMobilities.random(random, book);
        List<Finding> findings = book.assess(m).findings();
        Set<ConstraintViolation<Mobility>> violations = v.validate(m);
        if (!Violations.lines(violations).equals(Violations.expected("", findings))) {
          mismatches.add(m + ": " + Violations.lines(violations) + " vs " + findings);
        }
        for (ConstraintViolation<Mobility> violation : violations) {
          Finding f = Violations.finding(violation);
          assertThat(violation.getMessage()).isEqualTo(f.message());
          seen.add(f.rule());
        }
      }
    }
    assertThat(mismatches).isEmpty();
    Set<Rule> expected = EnumSet.noneOf(Rule.class);
    for (Rule r : Rule.values()) {
      if (r.level() == Rule.Level.MOBILITY && r != Rule.VET_REFERENCE_EDITION) {
        expected.add(r);
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static List<String> editions(Set<ConstraintViolation<Mobility>> violations) {
    return violations.stream()
        .map(v -> Violations.finding(v).citation().edition().key())
        .distinct()
        .toList();
  }

  @Test
  void anUncheckedRuleIsAViolationOnlyWhenStrict() {
    // VET-RECENT-GRADUATE cannot be checked without the graduation date.
    Mobility m =
        eligible()
            .participant(
                Participant.builder().category(ParticipantCategory.RECENT_GRADUATE).build())
            .build();
    assertThat(ERRORS_ONLY.validate(m)).isEmpty();
    Validator strict = validator(new EligibleMobilityDef().strict(true), null, null);
    Set<ConstraintViolation<Mobility>> violations = strict.validate(m);
    assertThat(violations).hasSize(1);
    ConstraintViolation<Mobility> v = violations.iterator().next();
    assertThat(v.getPropertyPath()).hasToString("participant.graduationDate");
    assertThat(v.getMessageTemplate()).isEqualTo("{" + Finding.MISSING_INPUT_KEY + "}");
    assertThat(v.getMessage())
        .isEqualTo(
            "VET-RECENT-GRADUATE could not be checked: participant.graduationDate is not given");
    // With the date, nothing is left unchecked and strict validation finds nothing.
    Mobility dated =
        eligible()
            .participant(
                Participant.builder()
                    .category(ParticipantCategory.RECENT_GRADUATE)
                    .graduationDate(START.minusMonths(2))
                    .build())
            .build();
    assertThat(strict.validate(dated)).isEmpty();
  }
}
