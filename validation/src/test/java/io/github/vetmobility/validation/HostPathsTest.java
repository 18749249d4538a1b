package io.github.vetmobility.validation;

import static io.github.vetmobility.validation.SampleMobilities.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link HostPaths}, and violations of a mapped host form on the form's own properties. */
class HostPathsTest {
  static final HostPaths PATHS =
      HostPaths.builder()
          .map("receiving.country", "hostCountry")
          .map("endDate", "end")
          .map("sending", "home")
          .map("projectReference", "project")
          .build();

  @Test
  void aFieldIsMappedByItsEntryElseByItsClosestEnclosingEntryElseKept() {
    assertThat(PATHS.hostPath("receiving.country")).isEqualTo("hostCountry");
    assertThat(PATHS.hostPath("endDate")).isEqualTo("end");
    assertThat(PATHS.hostPath("sending.country")).isEqualTo("home.country");
    assertThat(PATHS.hostPath("sending.accreditations")).isEqualTo("home.accreditations");
    assertThat(PATHS.hostPath("projectReference.field")).isEqualTo("project.field");
    assertThat(PATHS.hostPath("receiving.pic")).isEqualTo("receiving.pic");
    assertThat(PATHS.hostPath("travelDays")).isEqualTo("travelDays");
    assertThat(PATHS.hostPath("")).isEmpty();
    assertThat(HostPaths.none().hostPath("receiving.country")).isEqualTo("receiving.country");
    assertThat(HostPaths.builder().build()).isSameAs(HostPaths.none());
    assertThat(PATHS.asMap()).containsEntry("endDate", "end").hasSize(4);
  }

  @Test
  void everyFieldOfAMobilityCanBeNamedThroughItsAccessors() {
    HostPaths.Builder b = HostPaths.builder();
    for (String field :
        new String[] {
          "participant.graduationDate",
          "participant.category",
          "sending.oid",
          "receiving.accreditations",
          "projectReference.nationalAgency",
          "groupSize",
          "virtualDays",
          "activityType"
        }) {
      b.map(field, "x" + Math.abs(field.hashCode()));
    }
    assertThat(b.build().asMap()).hasSize(8);
  }

  @Test
  void aMisspeltOrRepeatedFieldOrAMalformedHostPathIsRefusedAtOnce() {
    assertThatThrownBy(() -> HostPaths.builder().map("receiving.contry", "hostCountry"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("field")
        .hasMessageContaining("receiving.contry");
    assertThatThrownBy(() -> HostPaths.builder().map("endDate.year", "end"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> HostPaths.builder().map("hashCode", "h"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> HostPaths.builder().map("endDate", "end").map("endDate", "finish"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("mapped to end");
    for (String bad : new String[] {"", " ", "a..b", "a.", "host country", "a[0]"}) {
      assertThatThrownBy(() -> HostPaths.builder().map("endDate", bad))
          .as(bad)
          .isInstanceOf(InvalidValueException.class);
    }
    assertThatThrownBy(() -> HostPaths.builder().map(null, "end"))
        .isInstanceOf(InvalidValueException.class);
  }

  /** A host form of its own: its properties are not the mobility's. */
  @EligibleMobility(mapper = FormMapper.class)
  public static class Form {
    String project = "2025-1-IT01-KA122-VET-000123456";
    String homeCountry = "IT";
    String hostCountry = "ES";
    LocalDate start = START;
    LocalDate end = START.plusDays(29);
  }

  /** Maps {@link Form} and names the form's properties. */
  public static final class FormMapper implements MobilityMapper<Form> {
    /** Created by the constraint. */
    public FormMapper() {}

    @Override
    public Mobility toMobility(Form f) {
      return SampleMobilities.eligible()
          .projectReference(io.github.vetmobility.identifier.ProjectReference.parse(f.project))
          .sending(
              Organisation.builder()
                  .country(CountryCode.parse(f.homeCountry))
                  .oid(OrganisationId.parse("E10000001"))
                  .build())
          .receiving(Organisation.of(CountryCode.parse(f.hostCountry)))
          .startDate(f.start)
          .endDate(f.end)
          .build();
    }

    @Override
    public HostPaths paths() {
      return PATHS;
    }
  }

  @Test
  void violationsLieOnTheHostsProperties() {
    Form f = new Form();
    assertThat(Validators.VALIDATOR.validate(f)).isEmpty();
    f.hostCountry = "IT";
    f.end = START.minusDays(1);
    Set<ConstraintViolation<Form>> violations = Validators.VALIDATOR.validate(f);
    assertThat(Violations.lines(violations))
        .containsExactly(
            "end {io.github.vetmobility.rules.VET-DATES-ORDER} VET-DATES-ORDER",
            "hostCountry {io.github.vetmobility.rules.VET-ABROAD} VET-ABROAD");
    // The finding keeps the mobility's field: the host path is the violation's only.
    assertThat(violations)
        .extracting(v -> Violations.finding(v).field())
        .containsExactlyInAnyOrder("endDate", "receiving.country");
  }

  @Test
  void anEnclosingEntryAndTheProblemsThatAreNotFindingsAreMappedToo() {
    Form f = new Form();
    f.homeCountry = "FR"; // the Italian agency's project sent from France
    assertThat(Violations.lines(Validators.VALIDATOR.validate(f)))
        .containsExactly(
            "home.country {io.github.vetmobility.rules.VET-AGENCY-COUNTRY} VET-AGENCY-COUNTRY");
    f.project = "2031-1-IT01-KA122-VET-000123456"; // a call without rules
    assertThat(Violations.lines(Validators.VALIDATOR.validate(f)))
        .containsExactly(
            "project {io.github.vetmobility.validation.EligibleMobility.unknownEdition} -");
  }

  /** A mapper whose paths are missing. */
  @EligibleMobility(mapper = NullPathsMapper.class)
  public static class BadForm extends Form {}

  /** Returns {@code null} paths, a developer's error. */
  public static final class NullPathsMapper implements MobilityMapper<Form> {
    /** Created by the constraint. */
    public NullPathsMapper() {}

    @Override
    public Mobility toMobility(Form f) {
      return new FormMapper().toMobility(f);
    }

    @Override
    public HostPaths paths() {
      return null;
    }
  }

  @Test
  void nullPathsAreTheDevelopersErrorNamedAtOnce() {
    assertThatThrownBy(() -> Validators.VALIDATOR.validate(new BadForm()))
        .isInstanceOf(ValidationException.class)
        .hasStackTraceContaining("NullPathsMapper.paths() returned null");
  }
}
