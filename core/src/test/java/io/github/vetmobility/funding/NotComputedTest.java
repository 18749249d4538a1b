package io.github.vetmobility.funding;

import static io.github.vetmobility.funding.Fixtures.eur;
import static io.github.vetmobility.funding.Fixtures.ka122;
import static io.github.vetmobility.funding.Fixtures.learner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.MoneyRange;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Place;
import io.github.vetmobility.rules.Citation;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Lines that cannot be computed say why; the others are still given, and the total is empty. */
class NotComputedTest {
  private static final GrantCalculator CALC = GrantCalculator.builtIn();

  @Test
  void withoutARateTableIndividualSupportIsTheGuidesRange() {
    Grant g = CALC.grant(learner(CountryCode.FI, 20, 800).build(), ka122(2025));
    GrantLine is = g.lines(GrantItem.INDIVIDUAL_SUPPORT).get(0);
    assertThat(is.isComputed()).isFalse();
    assertThat(is.ruleId()).isEqualTo("VET-GRANT-INDIVIDUAL-SUPPORT");
    // Learner, group 1 in 2025: 48 to 127 a day; from day 15 34 to 89 (70 %, rounded).
    assertThat(is.range()).hasValue(MoneyRange.of(eur(14 * 48 + 6 * 34), eur(14 * 127 + 6 * 89)));
    assertThat(is.working())
        .isEqualTo(
            "National Agency rate not given: 14 d x 48.00 to 127.00 + 6 d x 34.00 to 89.00 (70 %"
                + " from day 15, rounded; 20 activity + 0 travel days; learner, group 1; Programme"
                + " Guide range 48.00 to 127.00 a day) = EUR 876.00 to 2,312.00. Source: Erasmus+"
                + " Programme Guide 2025, version 2 (20/01/2025), Finnish translation; Erasmus+"
                + " Programme Guide 2026, version 1 (12/11/2025), English (confirmed).");
    assertThat(g.amount(GrantItem.TRAVEL)).hasValue(eur(309));
    // Organisational support: a KA122 project has at most 30 participants, so the first tier.
    assertThat(g.amount(GrantItem.ORGANISATIONAL_SUPPORT)).hasValue(eur(350));
    // The category of the range has no exact sum; a category without lines sums to zero.
    assertThat(g.amount(GrantItem.INDIVIDUAL_SUPPORT)).isEmpty();
    assertThat(g.amount(GrantItem.COURSE_FEES)).hasValue(eur(0));
    assertThat(g.total()).isEmpty();
    assertThat(g.totalRange()).hasValue(MoneyRange.of(eur(309 + 876 + 350), eur(309 + 2312 + 350)));
    assertThat(g.isComplete()).isFalse();
  }

  @Test
  void theProjectsNationalAgencySelectsABuiltInVetTable() {
    Mobility m =
        learner(CountryCode.FI, 20, 800)
            .projectReference(ProjectReference.parse("2021-1-ES01-KA122-VET-000012345"))
            .sending(Organisation.of(CountryCode.ES))
            .build();
    Grant g = CALC.grant(m, ka122(2021));
    // SEPIE 2021, learner, group 1: 14 x 66 + 6 x 46.
    assertThat(g.amount(GrantItem.INDIVIDUAL_SUPPORT)).hasValue(eur(14 * 66 + 6 * 46));
    assertThat(g.total()).hasValue(eur(275 + 14 * 66 + 6 * 46 + 350));
    Citation c = g.lines(GrantItem.INDIVIDUAL_SUPPORT).get(0).citation().orElseThrow();
    assertThat(c.sources()).containsExactly("N-ES21");
    assertThat(c.documents().get(0)).contains("SEPIE");
    assertThat(c.confidence()).hasValue(Confidence.SECONDARY);
  }

  @Test
  void anUnlocatablePlaceLeavesTravelNotComputed() {
    Mobility m =
        Fixtures.learner(CountryCode.DE, 20, 1)
            .declaredDistanceKm(java.util.OptionalDouble.empty())
            .sending(
                Organisation.builder()
                    .country(CountryCode.BE)
                    .place(Place.of("Brussels", CountryCode.BE))
                    .build())
            .receiving(
                Organisation.builder()
                    .country(CountryCode.DE)
                    .place(Place.of("Frankfurt", CountryCode.DE))
                    .build())
            .build();
    Grant g = CALC.grant(m, ka122(2025));
    GrantLine travel = g.lines(GrantItem.TRAVEL).get(0);
    assertThat(travel.isComputed()).isFalse();
    assertThat(travel.explanation()).contains("receiving.place", "Frankfurt (Oder)");
    assertThat(g.distance()).isEmpty();
  }

  @Test
  void aComputedDistanceIsReported() {
    // Brussels to Tirana, the reference's D1 the other way round (KA121: Albania is not
    // associated).
    Mobility m =
        Fixtures.tiranaToBrussels()
            .sending(
                Organisation.builder()
                    .country(CountryCode.BE)
                    .place(Place.of("Brussels", CountryCode.BE))
                    .build())
            .receiving(
                Organisation.builder()
                    .country(CountryCode.AL)
                    .place(Place.of("Tirana", CountryCode.AL))
                    .build())
            .build();
    Grant g = CALC.grant(m, Fixtures.ka121(2025));
    assertThat(g.isEligible()).isTrue();
    assertThat(g.distance().orElseThrow().km()).isBetween(1587.0, 1592.0);
    assertThat(g.amount(GrantItem.TRAVEL)).hasValue(eur(309));
  }

  @Test
  void unknownAmountsOfAnEditionAreNotInvented() {
    // The preparatory-visit amount of call 2024 is not known (reference: unknown).
    Mobility visit =
        Fixtures.mobility(ParticipantCategory.STAFF, ActivityType.PREP_VISIT, CountryCode.FI, 2)
            .build();
    Grant g = CALC.grant(visit, ka122(2024));
    assertThat(g.total()).isEmpty();
    assertThat(g.lines().get(0).explanation()).contains("not known");
  }

  @Test
  void accompanyingPersonsGetNoOrganisationalSupportAndStaffRates() {
    Mobility m =
        learner(CountryCode.FI, 10, 800)
            .participant(Participant.of(ParticipantCategory.ACCOMPANYING_PERSON))
            .build();
    Grant g = CALC.withRateTable(Fixtures.flatRates(2025, 60, 100)).grant(m, ka122(2025));
    assertThat(g.amount(GrantItem.ORGANISATIONAL_SUPPORT)).hasValue(eur(0));
    assertThat(g.amount(GrantItem.INDIVIDUAL_SUPPORT)).hasValue(eur(1000));
  }

  @Test
  void aRateOutsideTheGuideRangeIsRefusedWithFileLineAndColumn() {
    String table =
        String.join(",", RateTable.HEADER)
            + "\nBE01,VET,EP2127,2025,learner,1,eu_or_associated,127,,secondary,test"
            + "\nBE01,VET,EP2127,2025,learner,2,eu_or_associated,111,,secondary,test\n";
    assertThatThrownBy(() -> RateTable.load(new StringReader(table), "be.csv"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("be.csv line 3 eur_per_day")
        .hasMessageContaining("41 to 110 EUR");
  }

  @Test
  void aBadRateTableIsRefusedWithFileAndLine() {
    String header = String.join(",", RateTable.HEADER);
    assertThatThrownBy(() -> RateTable.load(new StringReader("a,b\n"), "x.csv"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("x.csv line 1");
    assertThatThrownBy(
            () ->
                RateTable.load(
                    new StringReader(
                        header + "\nBE01,VET,EP2127,2025,pupil,1,both,60,,secondary,t\n"),
                    "x.csv"))
        .hasMessageContaining("x.csv line 2 participant");
    assertThatThrownBy(
            () ->
                RateTable.load(
                    new StringReader(
                        header
                            + "\nBE01,VET,EP2127,2025,learner,1,both,60,,secondary,t"
                            + "\nBE01,VET,EP2127,2025,learner,1,both,61,,secondary,t\n"),
                    "x.csv"))
        .hasMessageContaining("x.csv line 3 calls");
    assertThatThrownBy(
            () ->
                RateTable.load(
                    new StringReader(
                        header + "\nBE01,VET,EP2127,2025,learner,4,both,60,,secondary,t\n"),
                    "x.csv"))
        .hasMessageContaining("x.csv line 2 group");
  }

  @Test
  void theBuiltInTablesLoadWithTheirSources() {
    assertThat(RateTable.builtIn()).hasSize(5);
    assertThat(RateTable.builtIn())
        .extracting(RateTable::name)
        .contains("ES01-VET.csv", "PL01-SCH.csv", "SE01-SCH.csv");
  }

  @Test
  void teachersInTrainingBringOrganisationalSupportOnly() {
    Mobility m =
        Fixtures.mobility(
                ParticipantCategory.TEACHER_IN_TRAINING,
                ActivityType.OA_HOS_TTT,
                CountryCode.BE,
                20)
            .build();
    Grant g = CALC.grant(m, ka122(2025));
    assertThat(g.total()).hasValue(eur(100));
    assertThat(g.lines())
        .extracting(GrantLine::item)
        .containsExactly(GrantItem.ORGANISATIONAL_SUPPORT);
  }
}
