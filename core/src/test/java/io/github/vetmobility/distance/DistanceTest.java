package io.github.vetmobility.distance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Coordinates;
import io.github.vetmobility.place.Place;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DistanceTest {

  private static Organisation in(String city, CountryCode country) {
    return Organisation.builder().country(country).place(Place.of(city, country)).build();
  }

  private static Mobility.Builder tiranaToBrussels() {
    return Mobility.builder()
        .participant(Participant.of(ParticipantCategory.VET_LEARNER))
        .activityType(ActivityType.LM_SHORT_VET)
        .sending(in("Tirana", CountryCode.AL))
        .receiving(in("Bruxelles", CountryCode.BE))
        .startDate(LocalDate.of(2025, 3, 1))
        .endDate(LocalDate.of(2025, 3, 28));
  }

  @Test
  void computesTheDistanceOfPlacesGivenByName() {
    Distance d = Distance.of(tiranaToBrussels().build());
    assertThat(d.source()).isEqualTo(DistanceSource.COMPUTED);
    // Reference D1: 1,589.23 km between the reference's city centres.
    assertThat(d.km()).isCloseTo(1589.23, within(2.0));
    assertThat(d.band()).isEqualTo(DistanceBand.KM_500_1999);
  }

  @Test
  void aDeclaredDistanceWinsOverTheComputedOne() {
    Distance d = Distance.of(tiranaToBrussels().declaredDistanceKm(1999.5).build());
    assertThat(d.source()).isEqualTo(DistanceSource.DECLARED);
    assertThat(d.km()).isEqualTo(1999.5);
    assertThat(d.band()).isEqualTo(DistanceBand.KM_500_1999);
  }

  @Test
  void aDeclaredDistanceNeedsNoPlaces() {
    Mobility m =
        tiranaToBrussels()
            .sending(Organisation.of(CountryCode.AL))
            .receiving(Organisation.of(CountryCode.BE))
            .declaredDistanceKm(9.99)
            .build();
    assertThat(Distance.of(m).band()).isEqualTo(DistanceBand.BELOW_10_KM);
  }

  @Test
  void placeCoordinatesWinOverTheGazetteer() {
    Organisation home =
        Organisation.builder()
            .country(CountryCode.AL)
            .place(
                Place.builder()
                    .city("Somewhere")
                    .country(CountryCode.AL)
                    .coordinates(Coordinates.of(41.3275, 19.8189))
                    .build())
            .build();
    Distance d = Distance.of(tiranaToBrussels().sending(home).build());
    assertThat(d.km()).isCloseTo(1589.23, within(2.0));
  }

  @Test
  void aMissingPlaceIsAClearError() {
    Mobility m = tiranaToBrussels().receiving(Organisation.of(CountryCode.BE)).build();
    assertThatThrownBy(() -> Distance.of(m))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("receiving.place");
  }

  @Test
  void anAmbiguousPlaceIsAClearError() {
    Mobility m = tiranaToBrussels().receiving(in("Frankfurt", CountryCode.DE)).build();
    assertThatThrownBy(() -> Distance.of(m))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("receiving.place")
        .hasMessageContaining("Frankfurt (Oder)");
  }
}
