package io.github.vetmobility.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.AccreditationCode;
import io.github.vetmobility.identifier.ErasmusCode;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.NationalAgencyCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.Pic;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Accreditation;
import io.github.vetmobility.organisation.AccreditationKind;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Coordinates;
import io.github.vetmobility.place.Place;
import io.github.vetmobility.project.Project;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * The generators produce values the library accepts, spread over the whole of each type: both
 * reference formats, every edition, organisations with accreditations. {@code @ForAll} parameters
 * of domain types are served by the service-registered provider, without any set-up.
 */
class VetArbitrariesTest {

  @Property
  void identifiersPrintBackToThemselves(
      @ForAll OrganisationId oid,
      @ForAll Pic pic,
      @ForAll ErasmusCode erasmusCode,
      @ForAll KeyAction keyAction,
      @ForAll NationalAgencyCode agency) {
    assertThat(OrganisationId.parse(oid.value())).isEqualTo(oid);
    assertThat(oid.value()).matches("E[0-9]{8}");
    assertThat(Pic.parse(pic.value())).isEqualTo(pic);
    assertThat(ErasmusCode.parse(erasmusCode.value())).isEqualTo(erasmusCode);
    assertThat(KeyAction.parse(keyAction.code())).isEqualTo(keyAction);
    assertThat(NationalAgencyCode.parse(agency.code())).isEqualTo(agency);
  }

  @Property
  void referencesPrintBackToThemselves(
      @ForAll ProjectReference reference, @ForAll AccreditationCode accreditation) {
    assertThat(ProjectReference.parse(reference.format())).isEqualTo(reference);
    assertThat(AccreditationCode.parse(accreditation.toString())).isEqualTo(accreditation);
    assertThat(accreditation.reference().keyAction()).isEqualTo(KeyAction.KA120);
  }

  @Example
  void bothReferenceFormatsAndThe2020AccreditationsAreGenerated() {
    List<ProjectReference> sample =
        VetArbitraries.projectReferences().sampleStream().limit(600).collect(Collectors.toList());
    assertThat(sample).anyMatch(ProjectReference::isLegacyFormat);
    assertThat(sample).anyMatch(r -> !r.isLegacyFormat() && r.sequenceDigits() == 9);
    assertThat(sample).anyMatch(r -> r.callYear() == 2020 && r.sequenceDigits() == 6);
  }

  @Property(tries = 100)
  void referencesOfAnErasmusEditionSelectIt(@ForAll("erasmusEditions") Edition edition) {
    ProjectReference reference = VetArbitraries.projectReferences(edition).sample();
    assertThat(reference.callYear()).isEqualTo(edition.callYear());
    if (edition.programme() == Programme.ERASMUS_2014_2020) {
      assertThat(reference.isLegacyFormat()).isTrue();
      assertThat(reference.keyAction()).isIn(KeyAction.KA102, KeyAction.KA116);
    } else {
      assertThat(reference.field()).contains("VET");
      assertThat(reference.keyAction()).isIn(KeyAction.KA121, KeyAction.KA122);
    }
  }

  @Provide
  Arbitrary<Edition> erasmusEditions() {
    return VetArbitraries.editions().filter(e -> e.programme().key().startsWith("EP"));
  }

  @Example
  void thePilotsHaveNoProjectReferences() {
    assertThatThrownBy(
            () -> VetArbitraries.projectReferences(Edition.of(Programme.PILOT_2018, 2018)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PILOT2018");
  }

  @Example
  void everyEditionIsGenerated() {
    Set<Edition> seen =
        VetArbitraries.editions().sampleStream().limit(2_000).collect(Collectors.toSet());
    int expected = 0;
    for (Programme p : Programme.values()) {
      expected += p.lastCall() - p.firstCall() + 1;
      assertThat(seen).contains(Edition.of(p, p.firstCall()), Edition.of(p, p.lastCall()));
    }
    assertThat(seen).hasSize(expected);
  }

  @Property
  void placesAndOrganisationsAreConsistent(
      @ForAll Place place, @ForAll Organisation organisation, @ForAll Coordinates point) {
    assertThat(place.city()).isNotBlank();
    organisation.place().ifPresent(p -> assertThat(p.country()).isEqualTo(organisation.country()));
    assertThat(point.latitude()).isBetween(-90.0, 90.0);
    assertThat(point.longitude()).isBetween(-180.0, 180.0);
  }

  @Property(tries = 100)
  void organisationsOfACountryLieInIt(@ForAll CountryCode country) {
    Organisation organisation = VetArbitraries.organisations(country).sample();
    assertThat(organisation.country()).isEqualTo(country);
  }

  @Property
  void accreditationsEndAfterTheyStart(@ForAll Accreditation accreditation) {
    assertThat(accreditation.isValidOn(accreditation.validFrom())).isTrue();
    accreditation
        .validUntil()
        .ifPresent(until -> assertThat(until).isAfterOrEqualTo(accreditation.validFrom()));
    if (accreditation.code().isPresent()) {
      assertThat(accreditation.kind()).isEqualTo(AccreditationKind.ERASMUS_ACCREDITATION);
    }
  }

  @Example
  void organisationsComeWithAndWithoutAccreditations() {
    List<Organisation> sample =
        VetArbitraries.organisations().sampleStream().limit(300).collect(Collectors.toList());
    assertThat(sample).anyMatch(o -> o.accreditations().isEmpty());
    assertThat(sample).anyMatch(o -> o.accreditations().size() >= 2);
    assertThat(sample).anyMatch(o -> o.oid().isPresent() && o.place().isPresent());
  }

  @Property(tries = 100)
  void participantsOfACategoryHaveIt(@ForAll ParticipantCategory category) {
    Participant participant = VetArbitraries.participants(category).sample();
    assertThat(participant.category()).isEqualTo(category);
  }

  @Property(tries = 300)
  void mobilitiesAreBuiltAndCoverEveryActivity(@ForAll Mobility mobility) {
    assertThat(mobility.travelDays()).isBetween(0, 6);
    assertThat(mobility.activityDays()).isBetween(-29L, 401L);
    assertThat(mobility.sending().country()).isEqualTo(mobility.flow().from());
  }

  @Example
  void mobilitiesReachEveryActivityTypeAndEndsBeforeStarts() {
    List<Mobility> sample =
        VetArbitraries.mobilities().sampleStream().limit(500).collect(Collectors.toList());
    Set<ActivityType> types = new HashSet<>();
    sample.forEach(m -> types.add(m.activityType()));
    assertThat(types).containsExactlyInAnyOrder(ActivityType.values());
    assertThat(sample).anyMatch(m -> m.activityDays() < 1);
    assertThat(sample).anyMatch(m -> m.projectReference().isPresent());
  }

  @Property(tries = 100)
  void mobilitiesOfATypeHaveIt(@ForAll ActivityType type) {
    assertThat(VetArbitraries.mobilities(type).sample().activityType()).isEqualTo(type);
  }

  @Property(tries = 100)
  void projectsAreBuilt(@ForAll Project project) {
    assertThat(project.mobilities()).hasSizeLessThanOrEqualTo(5);
    project
        .endDate()
        .ifPresent(end -> assertThat(end).isAfterOrEqualTo(project.startDate().orElseThrow()));
  }

  @Property
  void moneyStaysWithinItsBounds(@ForAll Money amount) {
    assertThat(amount.cents()).isBetween(-10_000_000_000L, 10_000_000_000L);
    Money low = Money.ofEuros(10);
    Money high = Money.ofEuros(20);
    assertThat(VetArbitraries.money(low, high).sample()).isBetween(low, high);
  }

  @Property(tries = 200)
  @Domain(VetMobilityDomain.class)
  void theOptInDomainServesEveryType(
      @ForAll Mobility mobility,
      @ForAll Edition edition,
      @ForAll CountryCode country,
      @ForAll ActivityType type) {
    assertThat(mobility).isNotNull();
    assertThat(edition.callYear()).isBetween(2014, 2027);
    assertThat(country).isNotNull();
    assertThat(type).isNotNull();
  }
}
