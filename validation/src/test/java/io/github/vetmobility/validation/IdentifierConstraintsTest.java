package io.github.vetmobility.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierConstraintsTest {

  /** A host DTO holding plain strings, one property per constraint. */
  static final class Organisation {
    @OrganisationId String oid;
    @Pic String pic;
    @ErasmusCountryCode String country;

    @ErasmusCountryCode(acceptIsoAliases = true)
    String isoCountry;

    @ProjectReference String project;
    @AccreditationCode String accreditation;
  }

  private static Set<ConstraintViolation<Organisation>> validate(String property, String value) {
    return Validators.VALIDATOR.validateValue(Organisation.class, property, value);
  }

  @ParameterizedTest(name = "{0} accepts ''{1}''")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "oid|E10208308",
        "oid|e10208308",
        "oid| E10208308 ",
        "oid|E00000000",
        "pic|949240934",
        "pic|000000000",
        "pic|\t949240934",
        "country|DE",
        "country|el",
        "country|UK",
        "country|XK",
        "country| MK ",
        "country|RS",
        "country|AL",
        "isoCountry|GR",
        "isoCountry|GB",
        "isoCountry|EL",
        "isoCountry|uk",
        "project|2024-1-IT01-KA121-VET-000123456",
        "project|2019-1-DE02-KA102-005678",
        "project|2020-1-PL01-KA120-VET-095178",
        "project|2023-2-EL01-KA122-VET-000123456",
        "project|2024-1-it01-ka121-vet-000123456",
        "accreditation|2021-1-RO01-KA120-VET-000042802",
        "accreditation|2020-1-PL01-KA120-VET-095178",
        "accreditation|2021-1-RO01-KA120-SCH-000042802",
      })
  void acceptsValidValues(String property, String value) {
    assertThat(validate(property, value)).isEmpty();
  }

  @ParameterizedTest(name = "{0} refuses ''{1}''")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "oid|OrganisationId|E1020830",
        "oid|OrganisationId|E102083080",
        "oid|OrganisationId|F10208308",
        "oid|OrganisationId|E1020830X",
        "oid|OrganisationId|E 10208308",
        "oid|OrganisationId|E\uFF11\uFF10\uFF12\uFF10\uFF18\uFF13\uFF10\uFF18",
        "oid|OrganisationId|949240934",
        "oid|OrganisationId|''",
        "pic|Pic|94924093",
        "pic|Pic|9492409340",
        "pic|Pic|94924093A",
        "pic|Pic|949 240 934",
        "pic|Pic|\u0669\u0664\u0669\u0662\u0664\u0660\u0669\u0663\u0664",
        "pic|Pic|E10208308",
        "pic|Pic|''",
        "country|ErasmusCountryCode|GR",
        "country|ErasmusCountryCode|GB",
        "country|ErasmusCountryCode|ZZ",
        "country|ErasmusCountryCode|DEU",
        "country|ErasmusCountryCode|D",
        "country|ErasmusCountryCode|1A",
        "country|ErasmusCountryCode|''",
        "isoCountry|ErasmusCountryCode|ZZ",
        "isoCountry|ErasmusCountryCode|GRC",
        "project|ProjectReference|2024-1-IT01-KA121-VET-00012345",
        "project|ProjectReference|2019-1-DE02-KA102-00567",
        "project|ProjectReference|2021-1-CZ01-KA121-000006611",
        "project|ProjectReference|2019-1-AT01-KA102-VET-050670",
        "project|ProjectReference|2024-1-GR01-KA121-VET-000123456",
        "project|ProjectReference|2024-3-IT01-KA121-VET-000123456",
        "project|ProjectReference|2013-1-DE02-KA102-005678",
        "project|ProjectReference|2024 1 IT01 KA121 VET 000123456",
        "project|ProjectReference|''",
        "accreditation|AccreditationCode|2024-1-IT01-KA121-VET-000123456",
        "accreditation|AccreditationCode|2021-1-RO01-KA120-SCH-042802",
        "accreditation|AccreditationCode|2019-1-DE02-KA102-005678",
        "accreditation|AccreditationCode|''",
      })
  void refusesInvalidValuesWithTheNamespacedMessage(
      String property, String constraint, String value) {
    Set<ConstraintViolation<Organisation>> violations = validate(property, value);
    assertThat(violations).hasSize(1);
    ConstraintViolation<Organisation> v = violations.iterator().next();
    assertThat(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
        .isEqualTo(constraint);
    assertThat(v.getMessageTemplate())
        .isEqualTo("{io.github.vetmobility.validation." + constraint + ".message}");
    assertThat(v.getMessage()).startsWith("must be ").doesNotContain("{");
    assertThat(v.getPropertyPath()).hasToString(property);
    assertThat(v.getInvalidValue()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"oid", "pic", "country", "isoCountry", "project", "accreditation"})
  void nullIsValid(String property) {
    assertThat(validate(property, null)).isEmpty();
  }

  @Test
  void aWholeBeanReportsEachInvalidProperty() {
    Organisation o = new Organisation();
    o.oid = "E1";
    o.pic = "949240934";
    o.country = "GR";
    o.isoCountry = "GR";
    assertThat(Validators.VALIDATOR.validate(o))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("oid", "country");
  }

  /** Type-use, method (getter), parameter and constructor-parameter targets. */
  static final class Partners {
    final List<@Pic String> pics;

    Partners(List<@Pic String> pics) {
      this.pics = pics;
    }

    @ErasmusCountryCode
    String hostCountry() {
      return "GR";
    }

    @OrganisationId
    public String getCoordinator() {
      return "E1";
    }

    @ProjectReference
    public String reference(@AccreditationCode String accreditation, @NotNull Object x) {
      return accreditation;
    }
  }

  @Test
  void typeUseConstraintsReportTheContainerElement() {
    Partners p = new Partners(List.of("949240934", "12"));
    assertThat(Validators.VALIDATOR.validate(p))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("pics[1].<list element>", "coordinator");
  }

  @Test
  void parameterAndReturnValueConstraintsApplyToMethods() throws NoSuchMethodException {
    Method m = Partners.class.getMethod("reference", String.class, Object.class);
    Partners p = new Partners(List.of());
    assertThat(
            Validators.VALIDATOR
                .forExecutables()
                .validateParameters(p, m, new Object[] {"2024-1-IT01-KA121-VET-000123456", "x"}))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("reference.arg0");
    assertThat(
            Validators.VALIDATOR
                .forExecutables()
                .validateReturnValue(p, m, "2024-1-IT01-KA121-VET-000123456"))
        .isEmpty();
    assertThat(Validators.VALIDATOR.forExecutables().validateReturnValue(p, m, "nonsense"))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("reference.<return value>");
  }

  @Test
  void constructorParametersAreValidatedThroughTypeUse() throws NoSuchMethodException {
    var ctor = Partners.class.getDeclaredConstructor(List.class);
    assertThat(
            Validators.VALIDATOR
                .forExecutables()
                .validateConstructorParameters(ctor, new Object[] {List.of("1")}))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("Partners.arg0[0].<list element>");
  }

  interface Strict {}

  /** Repeated constraints, one per group. */
  static final class Contact {
    @ErasmusCountryCode(acceptIsoAliases = true)
    @ErasmusCountryCode(groups = Strict.class, message = "strict: {acceptIsoAliases}")
    String country;
  }

  @Test
  void repeatedConstraintsApplyPerGroup() {
    Contact c = new Contact();
    c.country = "GR";
    assertThat(Validators.VALIDATOR.validate(c)).isEmpty();
    assertThat(Validators.VALIDATOR.validate(c, Strict.class))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("strict: false");
  }

  @Test
  void everyConstraintHasTheSameShape() {
    for (Class<? extends Annotation> a :
        List.of(
            OrganisationId.class,
            Pic.class,
            ErasmusCountryCode.class,
            ProjectReference.class,
            AccreditationCode.class)) {
      assertThat(a.getAnnotation(java.lang.annotation.Repeatable.class)).isNotNull();
      assertThat(a.getAnnotation(java.lang.annotation.Target.class).value())
          .contains(
              java.lang.annotation.ElementType.FIELD,
              java.lang.annotation.ElementType.METHOD,
              java.lang.annotation.ElementType.PARAMETER,
              java.lang.annotation.ElementType.TYPE_USE,
              java.lang.annotation.ElementType.ANNOTATION_TYPE);
    }
  }
}
