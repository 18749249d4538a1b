package io.github.vetmobility.validation;

import static io.github.vetmobility.validation.SampleMobilities.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.validation.hibernate.EligibleMobilityDef;
import io.github.vetmobility.validation.hibernate.PicDef;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.spi.cfg.ConstraintMappingContributor;
import org.junit.jupiter.api.Test;

/** The ways a host maps its own types: an interface, a mapper class, a field of type Mobility. */
class HostMappingTest {

  /** A host form of plain strings that presents itself as a mobility. */
  @EligibleMobility
  static final class MobilityForm implements MobilitySource {
    @io.github.vetmobility.validation.ProjectReference
    String project = "2025-1-IT01-KA122-VET-000123456";

    @ErasmusCountryCode String from = "IT";
    @ErasmusCountryCode String to = "ES";
    LocalDate start = START;
    LocalDate end = START.plusDays(29);

    @Override
    public Mobility mobility() {
      return Mobility.builder()
          .projectReference(io.github.vetmobility.identifier.ProjectReference.parse(project))
          .participant(Participant.of(ParticipantCategory.VET_LEARNER))
          .activityType(ActivityType.LM_SHORT_VET)
          .sending(Organisation.of(CountryCode.parse(from)))
          .receiving(Organisation.of(CountryCode.parse(to)))
          .startDate(start)
          .endDate(end)
          .travelDays(2)
          .build();
    }
  }

  @Test
  void aHostTypeImplementingMobilitySourceIsAssessed() {
    MobilityForm form = new MobilityForm();
    assertThat(Validators.VALIDATOR.validate(form)).isEmpty();
    form.end = START.minusDays(1);
    assertThat(Violations.lines(Validators.VALIDATOR.validate(form)))
        .containsExactly("endDate {io.github.vetmobility.rules.VET-DATES-ORDER} VET-DATES-ORDER");
  }

  @Test
  void hostDataThatCannotMakeAMobilityIsAViolationNotAnException() {
    MobilityForm form = new MobilityForm();
    form.to = "ZZ";
    var violations = Validators.VALIDATOR.validate(form);
    assertThat(Violations.lines(violations))
        .containsExactlyInAnyOrder(
            "to {io.github.vetmobility.validation.ErasmusCountryCode.message} -",
            "country {io.github.vetmobility.validation.EligibleMobility.unreadable} -");
    assertThat(violations)
        .filteredOn(v -> v.getPropertyPath().toString().equals("country"))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.getMessage())
                    .startsWith("cannot be read as a mobility: country must be"));
  }

  /** A host record that cannot be annotated (say, generated code). */
  public static class TripRecord {
    String learnerCountry = "IT";
    String hostCountry = "ES";
    String hostPic = "949240934";
    LocalDate from = START;
    LocalDate to = START.plusDays(29);

    public String getHostPic() {
      return hostPic;
    }
  }

  /** Maps a {@link TripRecord}; public with a public constructor, as the constraint needs. */
  public static final class TripRecordMapper implements MobilityMapper<TripRecord> {
    /** Created by the constraint. */
    public TripRecordMapper() {}

    @Override
    public Mobility toMobility(TripRecord t) {
      return SampleMobilities.eligible()
          .sending(
              Organisation.builder()
                  .country(CountryCode.parse(t.learnerCountry))
                  .oid(OrganisationId.parse("E10000001"))
                  .build())
          .receiving(Organisation.of(CountryCode.parse(t.hostCountry)))
          .startDate(t.from)
          .endDate(t.to)
          .build();
    }
  }

  /** Puts the constraints on {@link TripRecord}, as a host's contributor would. */
  public static final class TripContributor implements ConstraintMappingContributor {
    /** Created by Hibernate Validator. */
    public TripContributor() {}

    @Override
    public void createConstraintMappings(ConstraintMappingBuilder builder) {
      map(builder.addConstraintMapping());
    }
  }

  static void map(ConstraintMapping mapping) {
    mapping
        .type(TripRecord.class)
        .constraint(new EligibleMobilityDef().mapper(TripRecordMapper.class))
        .getter("hostPic")
        .constraint(new PicDef());
  }

  private static void assertTripsAreValidated(Validator v) {
    TripRecord t = new TripRecord();
    assertThat(v.validate(t)).isEmpty();
    t.hostCountry = "IT";
    t.hostPic = "12";
    assertThat(Violations.lines(v.validate(t)))
        .containsExactlyInAnyOrder(
            "receiving.country {io.github.vetmobility.rules.VET-ABROAD} VET-ABROAD",
            "hostPic {io.github.vetmobility.validation.Pic.message} -");
  }

  @Test
  void aMapperRegisteredThroughTheConstraintMappingApi() {
    HibernateValidatorConfiguration cfg = Validators.english();
    ConstraintMapping mapping = cfg.createConstraintMapping();
    map(mapping);
    assertTripsAreValidated(cfg.addMapping(mapping).buildValidatorFactory().getValidator());
  }

  @Test
  void aMapperRegisteredByAConstraintMappingContributor() {
    HibernateValidatorConfiguration cfg =
        Validators.english()
            .addProperty(
                BaseHibernateValidatorConfiguration.CONSTRAINT_MAPPING_CONTRIBUTORS,
                TripContributor.class.getName());
    assertTripsAreValidated(cfg.buildValidatorFactory().getValidator());
  }

  /** The same record, annotated where the host can. */
  @EligibleMobility(mapper = TripRecordMapper.class)
  static final class AnnotatedTrip extends TripRecord {}

  @Test
  void aMapperNamedInTheAnnotation() {
    AnnotatedTrip t = new AnnotatedTrip();
    assertThat(Validators.VALIDATOR.validate(t)).isEmpty();
    t.hostCountry = "IT";
    assertThat(Violations.lines(Validators.VALIDATOR.validate(t)))
        .containsExactly("receiving.country {io.github.vetmobility.rules.VET-ABROAD} VET-ABROAD");
  }

  /** A host DTO with a field of core's type: paths start with the field's name. */
  static final class Application {
    @EligibleMobility Mobility mobility = SampleMobilities.eligible().build();
  }

  @Test
  void aFieldOfTypeMobilityReportsBelowTheField() {
    Application a = new Application();
    assertThat(Validators.VALIDATOR.validate(a)).isEmpty();
    a.mobility = SampleMobilities.eligible().travelDays(9).build();
    assertThat(Violations.lines(Validators.VALIDATOR.validate(a)))
        .containsExactly(
            "mobility.travelDays {io.github.vetmobility.rules.VET-TRAVEL-DAYS} VET-TRAVEL-DAYS");
  }
}
