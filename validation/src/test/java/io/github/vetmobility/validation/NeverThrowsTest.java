package io.github.vetmobility.validation;

import static io.github.vetmobility.validation.SampleMobilities.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.mobility.Mobility;
import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation's contract: a constraint validator reports, it does not throw. Missing values in
 * a host's data and a host mapper that fails become violations of {@code @EligibleMobility}, never
 * an exception out of {@code validate}.
 */
class NeverThrowsTest {
  /** A host form whose start date may be missing. */
  @EligibleMobility
  static final class FormWithDates implements MobilitySource {
    LocalDate start = START;
    LocalDate end = START.plusDays(29);

    @Override
    public Mobility mobility() {
      return SampleMobilities.eligible().startDate(start).endDate(end).build();
    }
  }

  /** A host form whose mobility() fails the way host code does. */
  @EligibleMobility
  static final class BrokenForm implements MobilitySource {
    @Override
    public Mobility mobility() {
      throw new IllegalStateException("the host's database is down");
    }
  }

  /** A host form that leaves a required attribute unset. */
  @EligibleMobility
  static final class IncompleteForm implements MobilitySource {
    @Override
    public Mobility mobility() {
      return Mobility.builder().build();
    }
  }

  /** A mapper that throws. */
  public static final class ThrowingMapper implements MobilityMapper<Object> {
    /** Created by the constraint. */
    public ThrowingMapper() {}

    @Override
    public Mobility toMobility(Object value) {
      throw new UnsupportedOperationException("not mapped yet");
    }
  }

  @EligibleMobility(mapper = ThrowingMapper.class)
  static final class MappedTrip {}

  @Test
  void aMissingStartDateIsAViolationOnThatField() {
    FormWithDates form = new FormWithDates();
    form.start = null;
    Set<ConstraintViolation<FormWithDates>> violations = Validators.VALIDATOR.validate(form);
    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getPropertyPath()).hasToString("startDate");
              assertThat(v.getMessage())
                  .isEqualTo("cannot be read as a mobility: startDate must be given");
            });
  }

  @Test
  void aRequiredAttributeLeftUnsetIsAViolationNamingIt() {
    Set<ConstraintViolation<IncompleteForm>> violations =
        Validators.VALIDATOR.validate(new IncompleteForm());
    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              // Core's builder names every field left unset; the path is the first of them.
              assertThat(v.getMessage())
                  .isEqualTo(
                      "cannot be read as a mobility: participant must be given, like every"
                          + " required field of Mobility (missing: participant, activityType,"
                          + " sending, receiving, startDate, endDate)");
              assertThat(v.getPropertyPath()).hasToString("participant");
            });
  }

  @Test
  void aHostSourceThatThrowsIsAViolationOfTheWholeObject() {
    Set<ConstraintViolation<BrokenForm>> violations =
        Validators.VALIDATOR.validate(new BrokenForm());
    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getPropertyPath()).hasToString("");
              assertThat(v.getMessage())
                  .isEqualTo(
                      "cannot be read as a mobility: the mapped value must be readable (the host's"
                          + " mapping failed with IllegalStateException)");
            });
  }

  @Test
  void aMapperThatThrowsIsAViolationToo() {
    Set<ConstraintViolation<MappedTrip>> violations =
        Validators.VALIDATOR.validate(new MappedTrip());
    assertThat(violations)
        .singleElement()
        .satisfies(v -> assertThat(v.getMessage()).contains("UnsupportedOperationException"));
  }
}
