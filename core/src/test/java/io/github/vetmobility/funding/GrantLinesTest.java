package io.github.vetmobility.funding;

import static io.github.vetmobility.funding.Fixtures.eur;
import static io.github.vetmobility.funding.Fixtures.ka102;
import static io.github.vetmobility.funding.Fixtures.ka121;
import static io.github.vetmobility.funding.Fixtures.ka122;
import static io.github.vetmobility.funding.Fixtures.learner;
import static io.github.vetmobility.funding.Fixtures.mobility;
import static io.github.vetmobility.funding.Fixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Gazetteer;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.Citation;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each grant line says beyond its amount: its rule id, its explanation in cents and days, its
 * citation, and the lines that are zero or not computed on purpose.
 */
class GrantLinesTest {
  private static final GrantCalculator CALC = GrantCalculator.builtIn();

  private static GrantLine only(Grant g, GrantItem item) {
    List<GrantLine> lines = g.lines(item);
    assertThat(lines).as("%s lines of %s", item, g).hasSize(1);
    return lines.get(0);
  }

  private static RuleBook pilot2018() {
    return RuleBooks.builtIn().get(Edition.of(Programme.PILOT_2018, 2018));
  }

  @Test
  void expensiveTravelReplacesTheBandAmountAndTheLinesStayInItemOrder() {
    // E1 (2024): 309.00 is less than 70 % of 500.00, so 80 % of 500.00 is paid instead.
    Mobility m = learner(CountryCode.FI, 30, 1200).exceptionalTravelCost(eur(500)).build();
    Grant g = CALC.grant(m, ka122(2024));
    assertThat(g.lines())
        .extracting(GrantLine::item)
        .containsExactly(
            GrantItem.TRAVEL,
            GrantItem.INDIVIDUAL_SUPPORT,
            GrantItem.ORGANISATIONAL_SUPPORT,
            GrantItem.EXCEPTIONAL_COSTS);
    GrantLine travel = only(g, GrantItem.TRAVEL);
    assertThat(travel.amount()).hasValue(eur(0));
    assertThat(travel.ruleId()).isEqualTo("VET-GRANT-TRAVEL");
    assertThat(travel.explanation())
        .isEqualTo(
            "1200.00 km declared, band 500-1999 km, standard amount 309.00 replaced by"
                + " exceptional costs for expensive travel");
    GrantLine exceptional = only(g, GrantItem.EXCEPTIONAL_COSTS);
    assertThat(exceptional.amount()).hasValue(eur(400));
    assertThat(exceptional.ruleId()).isEqualTo("VET-GRANT-EXPENSIVE-TRAVEL");
    assertThat(exceptional.explanation())
        .isEqualTo(
            "80 % of real travel cost 500.00 (the band amount 309.00 covers less than 70 %)");
    assertThat(exceptional.citation().orElseThrow().key()).hasValue("expensive_travel_share");
  }

  @Test
  void aCompleteGrantAndItsLinesPrintThemselves() {
    Mobility m = learner(CountryCode.FI, 20, 800).build();
    Grant complete = CALC.withRateTable(Fixtures.flatRates(2025, 60, 100)).grant(m, ka122(2025));
    assertThat(complete.isComplete()).isTrue();
    GrantLine travel = only(complete, GrantItem.TRAVEL);
    assertThat(travel.isComputed()).isTrue();
    assertThat(travel)
        .hasToString(
            "TRAVEL [VET-GRANT-TRAVEL] 800.00 km declared, band 500-1999 km, standard amount ="
                + " EUR 309.00. Source: Erasmus+ Programme Guide 2025, version 2 (20/01/2025),"
                + " Finnish translation; Erasmus+ Programme Guide 2026, version 1 (12/11/2025),"
                + " English (confirmed).");
    GrantLine range = only(CALC.grant(m, ka122(2025)), GrantItem.INDIVIDUAL_SUPPORT);
    assertThat(range.toString())
        .startsWith(
            "INDIVIDUAL_SUPPORT [VET-GRANT-INDIVIDUAL-SUPPORT] National Agency rate not given:");
    assertThat(GrantRule.TRAVEL).hasToString("VET-GRANT-TRAVEL");
    assertThat(GrantRule.COURSE_FEES.description())
        .isEqualTo("course fee per day, at most 10 days");
  }

  @Test
  void linesAreEqualWhenTheirExplanationsAreAndTheWordsAreBuiltOnce() {
    // Explanations are built on demand; equality still compares them.
    Mobility m = learner(CountryCode.FI, 20, 800).build();
    Grant first = CALC.grant(m, ka122(2025));
    Grant again = CALC.grant(m, ka122(2025));
    assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
    GrantLine travel = only(first, GrantItem.TRAVEL);
    assertThat(travel.explanation()).isSameAs(travel.explanation());
    GrantLine green =
        only(
            CALC.grant(learner(CountryCode.FI, 20, 800).greenTravel(true).build(), ka122(2025)),
            GrantItem.TRAVEL);
    // Same item, rule and citation key family; only the words and the amount tell them apart.
    assertThat(green).isNotEqualTo(travel);
    assertThat(green.explanation()).endsWith("green amount");
    GrantLine fartherTravel =
        only(CALC.grant(learner(CountryCode.FI, 20, 801).build(), ka122(2025)), GrantItem.TRAVEL);
    // The same band pays the same amount from the same citation: the words differ, so the lines do.
    assertThat(fartherTravel.amount()).isEqualTo(travel.amount());
    assertThat(fartherTravel.citation()).isEqualTo(travel.citation());
    assertThat(fartherTravel).isNotEqualTo(travel);
    assertThat(travel).isNotEqualTo(null).isNotEqualTo(travel.toString()).isEqualTo(travel);
  }

  @Test
  void expensiveTravelThatIsNotEligibleSaysWhy() {
    // E2 (2024): 309.00 is at least 70 % of 420.00.
    Mobility m = learner(CountryCode.FI, 30, 1200).exceptionalTravelCost(eur(420)).build();
    Grant g = CALC.grant(m, ka122(2024));
    assertThat(only(g, GrantItem.TRAVEL).amount()).hasValue(eur(309));
    GrantLine exceptional = only(g, GrantItem.EXCEPTIONAL_COSTS);
    assertThat(exceptional.amount()).hasValue(eur(0));
    assertThat(exceptional.explanation())
        .isEqualTo(
            "not eligible: the band amount 309.00 covers at least 70 % of the real cost 420.00");
    assertThat(exceptional.citation().orElseThrow().key())
        .hasValue("expensive_travel_threshold_share");
  }

  @Test
  void expensiveTravelBefore2021IsNotInTheDataAndNotInvented() {
    Mobility m = learner(CountryCode.FI, 30, 1200).exceptionalTravelCost(eur(500)).build();
    Grant g = CALC.grant(m, ka102(2019));
    assertThat(only(g, GrantItem.TRAVEL).amount()).hasValue(eur(275));
    GrantLine exceptional = only(g, GrantItem.EXCEPTIONAL_COSTS);
    assertThat(exceptional.isComputed()).isFalse();
    assertThat(exceptional.ruleId()).isEqualTo("VET-GRANT-EXPENSIVE-TRAVEL");
    assertThat(exceptional.explanation())
        .isEqualTo("the data of EP1420-2019 has no expensive-travel threshold");
    assertThat(exceptional.citation()).isEmpty();
  }

  @Test
  void theTravelLineNamesDistanceSourceAndBand() {
    Mobility green = learner(CountryCode.FI, 30, 4874.43).greenTravel(true).build();
    assertThat(only(CALC.grant(green, ka122(2021)), GrantItem.TRAVEL).explanation())
        .isEqualTo(
            "4874.43 km declared, band 4000-7999 km, standard amount (this edition has no green"
                + " amount for the band)");
    assertThat(only(CALC.grant(green, ka122(2025)), GrantItem.TRAVEL).explanation())
        .isEqualTo("4874.43 km declared, band 4000-7999 km, green amount");
  }

  @Test
  void anEditionWithoutFundingDataComputesNoLine() {
    // Job shadowing from Albania under the 2018 pilot: eligible, but the pilot has no amounts.
    Mobility.Builder b =
        learner(CountryCode.FI, 20, 800)
            .participant(Participant.of(ParticipantCategory.STAFF))
            .activityType(ActivityType.SM_JOB_SHDW)
            .sending(Organisation.of(CountryCode.AL));
    Grant g = CALC.grant(b.build(), pilot2018());
    assertThat(g.isEligible()).isTrue();
    assertThat(g.total()).isEmpty();
    assertThat(g.totalRange()).isEmpty();
    assertThat(only(g, GrantItem.TRAVEL).explanation())
        .isEqualTo("the data of PILOT2018-2018 has no travel amounts");
    assertThat(only(g, GrantItem.TRAVEL).working())
        .isEqualTo("the data of PILOT2018-2018 has no travel amounts = unknown.");
    assertThat(only(g, GrantItem.INDIVIDUAL_SUPPORT).explanation())
        .isEqualTo("no individual-support group of FI in the data of PILOT2018-2018");
    assertThat(only(g, GrantItem.ORGANISATIONAL_SUPPORT).explanation())
        .isEqualTo("the data of PILOT2018-2018 has no organisational support for SM-JOB-SHDW");
    // Skills competitions are not a pilot activity: not eligible, so every line is zero and
    // keeps its reason. (Whether the 2018 pilot funded courses is unknown: not a refusal.)
    Grant skills = CALC.grant(b.activityType(ActivityType.LM_SKILL_VET).build(), pilot2018());
    assertThat(skills.failedRules()).containsExactly("VET-ACTIVITY-AVAILABLE");
    assertThat(skills.total()).hasValue(eur(0));
    for (GrantLine line : skills.lines()) {
      assertThat(line.explanation())
          .startsWith("not eligible (VET-ACTIVITY-AVAILABLE), nothing is paid; if eligible: ");
    }
    Grant course = CALC.grant(b.activityType(ActivityType.SM_COUR_TRAIN).build(), pilot2018());
    assertThat(course.failedRules()).isEmpty();
    assertThat(only(course, GrantItem.COURSE_FEES).explanation())
        .isEqualTo("the data of PILOT2018-2018 has no course fee per day");
  }

  @Test
  void countryGroupsOf2014To2018AreNotInTheData() {
    Grant g = CALC.grant(learner(CountryCode.FI, 20, 800).build(), ka102(2016));
    assertThat(only(g, GrantItem.TRAVEL).amount()).hasValue(eur(275));
    GrantLine is = only(g, GrantItem.INDIVIDUAL_SUPPORT);
    assertThat(is.isComputed()).isFalse();
    assertThat(is.explanation())
        .isEqualTo("no individual-support group of FI in the data of EP1420-2016");
    assertThat(g.countryGroup()).isEmpty();
  }

  @ParameterizedTest(name = "VET-GRANT-INDIVIDUAL-SUPPORT: a BE01 table and reference {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-1-BE01-KA122-VET-000012345 | 720", // the table's own agency
        "'' | 720", // no reference: the agency is not known, the table given is used
        "2025-1-NL01-KA122-VET-000012345 | -1", // another agency's project: the Guide's range,
        // not another agency's rate
      })
  void aRateTableGivenAppliesToItsOwnAgencysProjects(String reference, long euros) {
    GrantCalculator calc = CALC.withRateTable(Fixtures.flatRates(2025, 60, 100));
    Mobility.Builder b = learner(CountryCode.FI, 10, 800).travelDays(2);
    if (!reference.isEmpty()) {
      b.projectReference(ProjectReference.parse(reference));
      b.sending(Organisation.of(CountryCode.parse(reference.substring(7, 9))));
    }
    GrantLine is = only(calc.grant(b.build(), ka122(2025)), GrantItem.INDIVIDUAL_SUPPORT);
    if (euros < 0) {
      assertThat(is.amount()).isEmpty();
      // 12 days at the Guide's learner range of group 1, 48 to 127 a day.
      assertThat(is.range())
          .hasValue(io.github.vetmobility.money.MoneyRange.of(eur(12 * 48), eur(12 * 127)));
      assertThat(is.explanation())
          .startsWith("National Agency rate not given: 12 d x 48.00 to 127.00 (")
          .endsWith("(not applied to this NL01 project, as another agency's: test-rates)");
    } else {
      assertThat(is.amount()).hasValue(eur(euros));
    }
  }

  @Test
  void theContextsRateTableIsUsedAndCited() {
    RateTable table = Fixtures.flatRates(2025, 60, 100);
    Mobility m = learner(CountryCode.FI, 10, 800).travelDays(2).build();
    Grant g = CALC.grant(m, ka122(2025), GrantContext.builder().rateTable(table).build());
    GrantLine is = only(g, GrantItem.INDIVIDUAL_SUPPORT);
    assertThat(is.amount()).hasValue(eur(12 * 60));
    assertThat(is.explanation())
        .isEqualTo(
            "12 d x 60.00 (10 activity + 2 travel days; learner, group 1; rate table test-rates"
                + " (BE01 TEST))");
    assertThat(g.rateTable()).hasValue("test-rates");
    Citation c = is.citation().orElseThrow();
    assertThat(c.key()).hasValue("individual_support.learner.1");
    assertThat(c.sources()).containsExactly("test");
    assertThat(c.documents()).containsExactly("test");
    assertThat(c.confidence()).hasValue(Confidence.SECONDARY);
    assertThat(c.edition()).isEqualTo(Edition.of(Programme.ERASMUS_2021_2027, 2025));
  }

  @Test
  void aNonAssociatedDestinationUsesItsOwnGroupList() {
    // V6-like: job shadowing in Georgia, group 1 of the non-associated list in 2025.
    Mobility m = staff(CountryCode.GE, 5, 2900).travelDays(2).build();
    Grant g = CALC.withRateTable(Fixtures.flatRates(2025, 60, 100)).grant(m, ka121(2025));
    GrantLine is = only(g, GrantItem.INDIVIDUAL_SUPPORT);
    assertThat(is.amount()).hasValue(eur(7 * 100));
    assertThat(is.explanation())
        .isEqualTo(
            "7 d x 100.00 (5 activity + 2 travel days; staff, group 1 (not associated); rate table"
                + " test-rates (BE01 TEST))");
    assertThat(g.countryGroup()).hasValue(1);
  }

  @Test
  void aCountryOfUnknownStatusTakesGroupAndRateFromTheSameList() {
    // An integrator's rule book whose country lists are unknown: Georgia's group is found on
    // the list of third countries not associated, so its rate must come from that list too.
    RuleBook unknownLists =
        RuleBooks.load(
                new java.io.StringReader(
                    io.github.vetmobility.rules.RuleBookText.complete(
                        RuleBooks.builtIn()
                            .get(2025, io.github.vetmobility.identifier.KeyAction.KA122),
                        2025,
                        "countries.eu_member_state 2025 unknown unknown S1")),
                "unknown.rules")
            .get(2025, io.github.vetmobility.identifier.KeyAction.KA122);
    assertThat(unknownLists.countryStatus(CountryCode.GE))
        .isEqualTo(io.github.vetmobility.edition.CountryStatus.UNKNOWN);
    RateTable byList =
        RateTable.load(
            new java.io.StringReader(
                String.join(",", RateTable.HEADER)
                    + "\nBE01,TEST,EP2127,2025,staff,1,eu_or_associated,100,,secondary,test"
                    + "\nBE01,TEST,EP2127,2025,staff,1,not_associated,150,,secondary,test\n"),
            "lists.csv");
    GrantCalculator calc = CALC.withRateTable(byList);
    GrantLine georgia =
        only(
            calc.grant(staff(CountryCode.GE, 5, 2900).build(), unknownLists),
            GrantItem.INDIVIDUAL_SUPPORT);
    assertThat(georgia.amount()).hasValue(eur(5 * 150));
    assertThat(georgia.explanation())
        .contains("staff, group 1 (not associated); rate table lists.csv");
    GrantLine finland =
        only(
            calc.grant(staff(CountryCode.FI, 5, 800).build(), unknownLists),
            GrantItem.INDIVIDUAL_SUPPORT);
    assertThat(finland.amount()).hasValue(eur(5 * 100));
    assertThat(finland.explanation()).contains("staff, group 1; rate table lists.csv");
  }

  @Test
  void teachersInTrainingGetNoIndividualSupportFromTheGrant() {
    Mobility m =
        mobility(
                ParticipantCategory.TEACHER_IN_TRAINING, ActivityType.OA_INV_EXP, CountryCode.FI, 5)
            .declaredDistanceKm(800)
            .build();
    // Not an invited expert: not eligible, so nothing is paid; the line still says why it would be
    // zero anyway.
    GrantLine is = only(CALC.grant(m, ka122(2025)), GrantItem.INDIVIDUAL_SUPPORT);
    assertThat(is.amount()).hasValue(eur(0));
    assertThat(is.ruleId()).isEqualTo("VET-GRANT-INDIVIDUAL-SUPPORT");
    assertThat(is.explanation()).endsWith("if eligible: paid by the sending institution");
  }

  @ParameterizedTest(
      name = "VET-GRANT-INDIVIDUAL-SUPPORT staff cap 2019: {0} + {1} travel days, capped {2}")
  @CsvSource({"59, 0, false", "60, 0, false", "59, 2, true"})
  void theStaffCapIsExplainedOnlyWhenItApplies(int days, int travelDays, boolean capped) {
    Mobility m =
        staff(CountryCode.FI, days, 800)
            .travelDays(travelDays)
            .sending(Organisation.of(CountryCode.ES))
            .projectReference(ProjectReference.parse("2019-1-ES01-KA102-012345"))
            .build();
    String how = only(CALC.grant(m, ka102(2019)), GrantItem.INDIVIDUAL_SUPPORT).explanation();
    if (capped) {
      assertThat(how).contains("59 activity + 2 travel days, capped at 60 days for staff;");
    } else {
      assertThat(how).doesNotContain("capped");
    }
  }

  @Test
  void before2021EveryDeclaredTravelDayIsFunded() {
    // The 2014-2020 data sets no maximum of travel days: 10 + 4 days at 117.
    Mobility m =
        staff(CountryCode.FI, 10, 800)
            .travelDays(4)
            .sending(Organisation.of(CountryCode.ES))
            .projectReference(ProjectReference.parse("2019-1-ES01-KA102-012345"))
            .build();
    assertThat(CALC.grant(m, ka102(2019)).amount(GrantItem.INDIVIDUAL_SUPPORT))
        .hasValue(eur(14 * 117));
  }

  @Test
  void anAccompanyingPersonsDaysAfterTheSixtiethAreCounted() {
    Mobility m =
        mobility(
                ParticipantCategory.ACCOMPANYING_PERSON,
                ActivityType.LM_SHORT_VET,
                CountryCode.FI,
                65)
            .declaredDistanceKm(800)
            .build();
    Grant g = CALC.withRateTable(Fixtures.flatRates(2025, 60, 100)).grant(m, ka122(2025));
    assertThat(g.lines())
        .extracting(GrantLine::item)
        .containsExactly(
            GrantItem.TRAVEL,
            GrantItem.INDIVIDUAL_SUPPORT,
            GrantItem.ORGANISATIONAL_SUPPORT,
            GrantItem.INCLUSION_SUPPORT);
    assertThat(only(g, GrantItem.INDIVIDUAL_SUPPORT).explanation())
        .contains("65 activity + 0 travel days, 5 days after day 60 moved to inclusion support");
    GrantLine moved = only(g, GrantItem.INCLUSION_SUPPORT);
    assertThat(moved.ruleId()).isEqualTo("VET-GRANT-ACCOMPANYING-BEYOND-60");
    assertThat(moved.explanation())
        .isEqualTo(
            "subsistence of 5 days after day 60 is inclusion support at real cost; give the real"
                + " costs (inclusionCosts)");
    GrantLine org = only(g, GrantItem.ORGANISATIONAL_SUPPORT);
    assertThat(org.amount()).hasValue(eur(0));
    assertThat(org.explanation()).isEqualTo("accompanying persons are not counted");
  }

  @Test
  void organisationalSupportThatIsNotRequestedIsZero() {
    Mobility m = learner(CountryCode.FI, 20, 800).build();
    GrantContext none = GrantContext.builder().organisationalSupportRequested(false).build();
    GrantLine org = only(CALC.grant(m, ka122(2025), none), GrantItem.ORGANISATIONAL_SUPPORT);
    assertThat(org.amount()).hasValue(eur(0));
    assertThat(org.explanation()).isEqualTo("organisational support not requested");
  }

  @Test
  void organisationalSupportOfGroupMobilityIsMissingUnknownThenKnown() {
    Mobility m =
        mobility(ParticipantCategory.VET_LEARNER, ActivityType.LM_GROUP_VET, CountryCode.FI, 20)
            .declaredDistanceKm(800)
            .accompanied(true)
            .build();
    // Group mobility was not a VET activity in 2021: not eligible, nothing is paid.
    GrantLine y2021 = only(CALC.grant(m, ka122(2021)), GrantItem.ORGANISATIONAL_SUPPORT);
    assertThat(y2021.amount()).hasValue(eur(0));
    assertThat(y2021.explanation())
        .endsWith("the data of EP2127-2021 has no organisational support for LM-GROUP-VET");
    GrantLine y2024 = only(CALC.grant(m, ka122(2024)), GrantItem.ORGANISATIONAL_SUPPORT);
    assertThat(y2024.isComputed()).isFalse();
    assertThat(y2024.explanation())
        .isEqualTo(
            "organisational_support.LM-GROUP-VET is not known for EP2127-2024"
                + " (vet-rules-verified.md#5;vet-rules-2021-2024.md#6)");
    assertThat(y2024.citation().orElseThrow().confidence()).isEmpty();
    GrantLine y2025 = only(CALC.grant(m, ka122(2025)), GrantItem.ORGANISATIONAL_SUPPORT);
    assertThat(y2025.amount()).hasValue(eur(100));
    assertThat(y2025.explanation()).isEqualTo("per participant in LM-GROUP-VET");
  }

  @ParameterizedTest(name = "VET-GRANT-COURSE-FEES: {0} days in 2021 -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "9 | 9 x 80.00",
        "10 | 10 x 80.00",
        "12 | 10 x 80.00 (12 course days, at most 10 paid per person and project)"
      })
  void courseFeesExplainTheCap(int days, String how) {
    Mobility m =
        mobility(ParticipantCategory.STAFF, ActivityType.SM_COUR_TRAIN, CountryCode.FI, days)
            .declaredDistanceKm(800)
            .build();
    assertThat(only(CALC.grant(m, ka122(2021)), GrantItem.COURSE_FEES).explanation())
        .isEqualTo(how);
  }

  @Test
  void visaAndGuaranteeCostsArePaidAtTheirShares() {
    Mobility m = learner(CountryCode.FI, 20, 800).build();
    GrantContext costs =
        GrantContext.builder().visaCosts(eur(250)).guaranteeCosts(eur(100)).build();
    Grant g = CALC.grant(m, ka122(2025), costs);
    assertThat(g.lines(GrantItem.EXCEPTIONAL_COSTS))
        .extracting(GrantLine::ruleId, GrantLine::amount, GrantLine::explanation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "VET-GRANT-EXCEPTIONAL-VISA",
                java.util.Optional.of(eur(250)),
                "100 % of visa, permit, vaccination and medical costs 250.00"),
            org.assertj.core.groups.Tuple.tuple(
                "VET-GRANT-EXCEPTIONAL-GUARANTEE",
                java.util.Optional.of(eur(80)),
                "80 % of financial guarantee costs 100.00"));
    assertThat(g.amount(GrantItem.EXCEPTIONAL_COSTS)).hasValue(eur(330));
  }

  @Test
  void visaCostsOfACallWithAnUnknownShareAreUpToTheCost() {
    Mobility m = learner(CountryCode.FI, 20, 800).build();
    Grant g = CALC.grant(m, ka122(2023), GrantContext.builder().visaCosts(eur(250)).build());
    GrantLine visa = only(g, GrantItem.EXCEPTIONAL_COSTS);
    assertThat(visa.isComputed()).isFalse();
    assertThat(visa.range()).hasValue(io.github.vetmobility.money.MoneyRange.upTo(eur(250)));
    assertThat(visa.explanation())
        .isEqualTo(
            "share of visa, permit, vaccination and medical costs 250.00 not known:"
                + " exceptional_cost_share_visa is not known for EP2127-2023"
                + " (vet-rules-verified.md#11)");
    assertThat(g.total()).isEmpty();
  }

  @Test
  void theReferenceAloneSelectsBookAndGazetteerForAMobilityAndAProject() {
    Mobility m =
        Fixtures.learner(CountryCode.AT, 20, 1)
            .declaredDistanceKm(java.util.OptionalDouble.empty())
            .sending(
                Organisation.builder()
                    .country(CountryCode.BE)
                    .place(io.github.vetmobility.place.Place.of("Brussels", CountryCode.BE))
                    .build())
            .receiving(
                Organisation.builder()
                    .country(CountryCode.AT)
                    .place(io.github.vetmobility.place.Place.of("Vienna", CountryCode.AT))
                    .build())
            .projectReference(ProjectReference.parse("2025-1-BE02-KA122-VET-000123456"))
            .build();
    Grant g = CALC.withGazetteer(Gazetteer.builtIn()).grant(m);
    assertThat(g.edition()).isEqualTo(Edition.of(Programme.ERASMUS_2021_2027, 2025));
    assertThat(g.amount(GrantItem.TRAVEL)).hasValue(eur(309));
    Project p =
        Project.builder()
            .reference(ProjectReference.parse("2025-1-BE02-KA122-VET-000123456"))
            .beneficiary(Organisation.of(CountryCode.BE))
            .addMobilities(m, m)
            .build();
    List<Grant> grants = CALC.grants(p);
    assertThat(grants).hasSize(2);
    assertThat(grants.get(1).lines(GrantItem.ORGANISATIONAL_SUPPORT).get(0).explanation())
        .isEqualTo("participant 2 of LM-SHORT-VET in the project, within the first 100");
  }

  @Test
  void aSchoolTableNeverPricesAVetProjectOfItsOwnAgency() {
    // VET-GRANT-INDIVIDUAL-SUPPORT: PL01's school rates are not PL01's VET rates.
    RateTable school =
        RateTable.builtIn(io.github.vetmobility.identifier.NationalAgencyCode.parse("PL01"), "SCH")
            .orElseThrow();
    RuleBook b = RuleBooks.builtIn().get(2021, io.github.vetmobility.identifier.KeyAction.KA122);
    Mobility m =
        Fixtures.learner(CountryCode.ES, 20, 1500)
            .sending(Organisation.of(CountryCode.PL))
            .projectReference(
                io.github.vetmobility.identifier.ProjectReference.parse(
                    "2021-1-PL01-KA122-VET-000012345"))
            .build();
    Grant g = GrantCalculator.builtIn().withRateTable(school).grant(m, b);
    assertThat(g.rateTable()).isEmpty();
    GrantLine line = only(g, GrantItem.INDIVIDUAL_SUPPORT);
    assertThat(line.amount()).isEmpty();
    assertThat(line.explanation())
        .endsWith("(not applied to this VET PL01 project, as another field's: PL01-SCH.csv)");
  }
}
