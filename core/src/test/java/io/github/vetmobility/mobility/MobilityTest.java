package io.github.vetmobility.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Place;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MobilityTest {

  private static Mobility.Builder base() {
    return Mobility.builder()
        .participant(Participant.of(ParticipantCategory.VET_LEARNER))
        .activityType(ActivityType.LM_SHORT_VET)
        .sending(Organisation.of(CountryCode.AL))
        .receiving(Organisation.of(CountryCode.ES))
        .startDate(LocalDate.of(2025, 3, 1))
        .endDate(LocalDate.of(2025, 3, 14));
  }

  @Test
  void daysAreCountedInclusively() {
    Mobility m = base().virtualDays(2).build();
    assertThat(m.activityDays()).isEqualTo(14);
    assertThat(m.physicalDays()).isEqualTo(12);
    assertThat(base().endDate(LocalDate.of(2025, 3, 1)).build().activityDays()).isEqualTo(1);
  }

  @Test
  void anEndBeforeTheStartIsAFactNotAnException() {
    assertThat(base().endDate(LocalDate.of(2025, 2, 27)).build().activityDays()).isEqualTo(-1);
  }

  @Test
  void theFlowIsDerivedFromTheOrganisations() {
    assertThat(base().build().flow()).isEqualTo(MobilityFlow.of(CountryCode.AL, CountryCode.ES));
    assertThat(base().build().flow().toString()).isEqualTo("AL->ES");
    assertThat(base().receiving(Organisation.of(CountryCode.AL)).build().flow().isDomestic())
        .isTrue();
  }

  @Test
  void meaninglessNumbersAreRefusedWithTheField() {
    assertThatThrownBy(() -> base().travelDays(-1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("travelDays")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> base().declaredDistanceKm(-3).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("distanceKm");
    assertThatThrownBy(() -> base().declaredDistanceKm(Double.NaN).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void missingRequiredPartsAreNamed() {
    assertThatThrownBy(() -> Mobility.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Invalid participant")
        .hasMessageContaining(
            "missing: participant, activityType, sending, receiving, startDate, endDate");
    assertThatThrownBy(() -> Participant.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Invalid category")
        .hasMessageContaining("a required field of Participant");
  }

  @Test
  void anOrganisationsPlaceLiesInItsCountry() {
    assertThatThrownBy(
            () ->
                Organisation.builder()
                    .country(CountryCode.ES)
                    .place(Place.of("Tirana", CountryCode.AL))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("place.country");
  }

  @Test
  void activityCodesParseInAnyCase() {
    assertThat(ActivityType.parse("sm_job_shdw")).isEqualTo(ActivityType.SM_JOB_SHDW);
    assertThat(ParticipantCategory.parse("Recent graduate"))
        .isEqualTo(ParticipantCategory.RECENT_GRADUATE);
    assertThatThrownBy(() -> ActivityType.parse("SE-JOB-SHDW"))
        .isInstanceOf(InvalidValueException.class);
  }
}
