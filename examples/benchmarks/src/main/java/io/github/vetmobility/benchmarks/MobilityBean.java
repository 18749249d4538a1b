package io.github.vetmobility.benchmarks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * A plain bean of the same shape as a mobility (reference, participant, activity, two
 * organisations, dates, travel and virtual days), checked with Hibernate Validator's built-in
 * constraints only: the baseline the rule book is compared with.
 */
public class MobilityBean {
  /** An organisation: identifier and country. */
  public static class OrganisationBean {
    @NotNull
    @Pattern(regexp = "E[0-9]{8}")
    final String oid;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}")
    final String country;

    OrganisationBean(String oid, String country) {
      this.oid = oid;
      this.country = country;
    }
  }

  @NotNull
  @Pattern(regexp = "20[0-9]{2}-[12]-[A-Z]{2}[0-9]{2}-KA[0-9]{3}-VET-[0-9]{9}")
  final String projectReference;

  @NotNull
  @Pattern(regexp = "learner|apprentice|recent_graduate|staff")
  final String participantCategory;

  @NotNull
  @Pattern(regexp = "LM-SHORT-VET|LM-LONG-VET|SM-JOB-SHDW|SM-TTA|SM-COUR-TRAIN")
  final String activityType;

  @NotNull @Valid final OrganisationBean sending;

  @NotNull @Valid final OrganisationBean receiving;

  @NotNull final LocalDate startDate;

  @NotNull final LocalDate endDate;

  @Min(0)
  @Max(6)
  final int travelDays;

  @Min(0)
  final int virtualDays;

  MobilityBean(
      String projectReference,
      String participantCategory,
      String activityType,
      OrganisationBean sending,
      OrganisationBean receiving,
      LocalDate startDate,
      LocalDate endDate,
      int travelDays,
      int virtualDays) {
    this.projectReference = projectReference;
    this.participantCategory = participantCategory;
    this.activityType = activityType;
    this.sending = sending;
    this.receiving = receiving;
    this.startDate = startDate;
    this.endDate = endDate;
    this.travelDays = travelDays;
    this.virtualDays = virtualDays;
  }

  /** Returns whether the activity lasts 10 to 89 days (the short-term learner limits). */
  @AssertTrue
  public boolean isDurationValid() {
    long days = endDate.toEpochDay() - startDate.toEpochDay() + 1;
    return days >= 10 && days <= 89;
  }

  /** Returns whether sending and receiving country differ. */
  @AssertTrue
  public boolean isAbroad() {
    return !sending.country.equals(receiving.country);
  }
}
