package io.github.vetmobility.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.CountryStatus;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.rules.Citation;
import io.github.vetmobility.rules.Fact;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How one call year of a rule-book file is resolved: country statuses, regions and excluded
 * destinations, and the absent / unknown / known values the checks read. Each test reads its own
 * small file, so nothing depends on the shipped data.
 */
class EditionDataTest {
  private static final String HEAD =
      "programme EP2127\ncalls 2024-2026\nactions KA122\nsource G25 official Guide 2025 | https://example.org/G25\n";

  private static EditionData data(int call, String... lines) {
    String body = HEAD + String.join("\n", lines) + "\n";
    ProgrammeFile f = RuleFileReader.read(new StringReader(body), "t.rules");
    return new EditionData(f, call, KeyAction.KA122);
  }

  private static final String[] COUNTRIES = {
    "countries.eu_member_state 2024-2026 AT;DK;FR confirmed G25",
    "countries.associated_third_country 2024-2026 NO;TR confirmed G25",
    "countries.oct.DK 2024-2026 GL confirmed G25",
    "countries.outermost.FR 2024-2026 RE;GF confirmed G25",
    "countries.region.1 2024-2026 AL;BA confirmed G25",
    "countries.region.4 2024-2026 RU confirmed G25",
    "countries.region.14 2024-2026 UK;CH confirmed G25",
  };

  @Test
  void knownListsGiveEveryCountryAStatusAndTerritoriesFollowTheirState() {
    EditionData d = data(2025, COUNTRIES);
    assertThat(d.status(CountryCode.AT)).isEqualTo(CountryStatus.EU_MEMBER_STATE);
    assertThat(d.status(CountryCode.TR)).isEqualTo(CountryStatus.ASSOCIATED_THIRD_COUNTRY);
    assertThat(d.status(CountryCode.US)).isEqualTo(CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED);
    assertThat(d.status(CountryCode.GL)).isEqualTo(CountryStatus.EU_MEMBER_STATE);
    assertThat(d.status(CountryCode.RE)).isEqualTo(CountryStatus.EU_MEMBER_STATE);
    assertThat(d.stateOf(CountryCode.GL)).isEqualTo(CountryCode.DK);
    assertThat(d.stateOf(CountryCode.GF)).isEqualTo(CountryCode.FR);
    assertThat(d.stateOf(CountryCode.AT)).isEqualTo(CountryCode.AT);
    assertThat(d.isProgrammeCountry(CountryCode.FR)).isTrue();
    assertThat(d.isProgrammeCountry(CountryCode.NO)).isTrue();
    assertThat(d.isProgrammeCountry(CountryCode.GL)).isTrue();
    assertThat(d.isProgrammeCountry(CountryCode.AL)).isFalse();
    assertThat(d.region(CountryCode.AL)).isEqualTo(1);
    assertThat(d.region(CountryCode.UK)).isEqualTo(14);
    assertThat(d.region(CountryCode.US)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EU list unknown | countries.eu_member_state 2024-2026 unknown unknown G25"
            + " | countries.associated_third_country 2024-2026 NO confirmed G25",
        "EU list absent | countries.region.1 2024-2026 AL confirmed G25"
            + " | countries.associated_third_country 2024-2026 NO confirmed G25",
        "associated list unknown | countries.eu_member_state 2024-2026 AT confirmed G25"
            + " | countries.associated_third_country 2024-2026 unknown unknown G25",
        "associated list absent | countries.eu_member_state 2024-2026 AT confirmed G25"
            + " | countries.region.1 2024-2026 AL confirmed G25",
      })
  void anUnknownListLeavesUnlistedCountriesUnknown(String why, String first, String second) {
    EditionData d = data(2025, first, second);
    assertThat(d.status(CountryCode.US)).as(why).isEqualTo(CountryStatus.UNKNOWN);
    assertThat(d.isProgrammeCountry(CountryCode.US)).isFalse();
  }

  @Test
  void excludedDestinationsAreTheListedCountriesAndTheRegionsNotEligible() {
    EditionData d =
        data(
            2025,
            COUNTRIES[0],
            COUNTRIES[1],
            COUNTRIES[4],
            COUNTRIES[5],
            COUNTRIES[6],
            "not_associated.excluded_countries 2024-2026 BY confirmed G25",
            "not_associated.eligible_regions 2024-2026 1;14 confirmed G25");
    assertThat(d.destinationRule).isEqualTo(EditionData.T_YES);
    assertThat(d.isExcludedDestination(CountryCode.BY)).isTrue();
    assertThat(d.isExcludedDestination(CountryCode.RU)).isTrue();
    assertThat(d.isExcludedDestination(CountryCode.AL)).isFalse();
    assertThat(d.isExcludedDestination(CountryCode.UK)).isFalse();
    // No region known: not excluded by the region list.
    assertThat(d.isExcludedDestination(CountryCode.US)).isFalse();
  }

  @Test
  void withoutKnownRegionsOnlyTheListedCountriesAreExcluded() {
    String excluded = "not_associated.excluded_countries 2024-2026 BY confirmed G25";
    for (String regions :
        new String[] {"", "not_associated.eligible_regions 2024-2026 unknown unknown G25"}) {
      EditionData d = data(2025, COUNTRIES[5], excluded, regions);
      assertThat(d.destinationRule).as(regions).isEqualTo(EditionData.T_YES);
      assertThat(d.isExcludedDestination(CountryCode.BY)).isTrue();
      assertThat(d.isExcludedDestination(CountryCode.RU)).as(regions).isFalse();
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "abroad.required 2024-2026 yes confirmed G25 | 0",
        "not_associated.excluded_countries 2024-2026 unknown unknown G25 | 1",
        "not_associated.eligible_regions 2024-2026 unknown unknown G25 | 1",
        "not_associated.eligible_regions 2024-2026 1 confirmed G25 | 1",
        "not_associated.excluded_countries 2026 BY confirmed G25 | 1",
        "not_associated.eligible_regions 2026 1 confirmed G25 | 1",
      })
  void theDestinationRuleIsAbsentOrUnknownWithoutAKnownExclusionList(String line, byte rule) {
    assertThat(data(2025, line).destinationRule).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "abroad.required 2024-2026 yes confirmed G25 | 0",
        "pilot.partner_countries 2024-2026 unknown unknown G25 | 1",
        "pilot.partner_countries 2026 AL confirmed G25 | 1",
        "pilot.partner_countries 2024-2026 AL;UA confirmed G25 | 3",
      })
  void thePilotFlowNeedsAKnownPartnerList(String line, byte flow) {
    EditionData d = data(2025, line);
    assertThat(d.pilotFlow).isEqualTo(flow);
    assertThat(d.isPilotPartner(CountryCode.AL)).isEqualTo(flow == EditionData.T_YES);
    assertThat(d.isPilotPartner(CountryCode.FR)).isFalse();
  }

  @Test
  void numbersAndYesNoValuesAreAbsentUnknownOrKnown() {
    EditionData d =
        data(
            2025,
            "activity.SM-TTA.max_days 2024-2026 none confirmed G25",
            "activity.SM-TTA.min_days 2024-2026 2 confirmed G25",
            "activity.SM-TTA.available 2024-2026 yes confirmed G25",
            "activity.SM-TTA.not_associated_allowed 2024-2026 no confirmed G25",
            "activity.LM-SHORT-VET.min_days 2024-2026 unknown unknown G25",
            "activity.LM-SHORT-VET.available 2024-2026 unknown unknown G25",
            "activity.LM-GROUP-VET.min_group_size 2026 2 confirmed G25",
            "activity.LM-GROUP-VET.available 2026 yes confirmed G25",
            "activity.LM-LONG-VET.min_days_fewer_opportunities 2024-2026 10 confirmed G25",
            "activity.PREP-VISIT.max_persons 2024-2026 3 confirmed G25",
            "travel_days.max_standard 2024-2026 2 confirmed G25",
            "travel_days.max_green 2024-2026 6 confirmed G25",
            "recent_graduate.months 2024-2026 12 confirmed G25",
            "abroad.required 2024-2026 yes confirmed G25",
            "organisations.must_differ 2024-2026 no confirmed G25");
    assertThat(d.maxDays(ActivityType.SM_TTA)).isEqualTo(EditionData.NO_LIMIT);
    assertThat(d.minDays(ActivityType.SM_TTA)).isEqualTo(2);
    assertThat(d.available(ActivityType.SM_TTA)).isEqualTo(EditionData.T_YES);
    assertThat(d.notAssociatedAllowed(ActivityType.SM_TTA)).isEqualTo(EditionData.T_NO);
    assertThat(d.minDays(ActivityType.LM_SHORT_VET)).isEqualTo(EditionData.UNKNOWN);
    assertThat(d.available(ActivityType.LM_SHORT_VET)).isEqualTo(EditionData.T_UNKNOWN);
    // Stated for another call year only: unknown for this one, not absent.
    assertThat(d.minGroupSize(ActivityType.LM_GROUP_VET)).isEqualTo(EditionData.UNKNOWN);
    assertThat(d.available(ActivityType.LM_GROUP_VET)).isEqualTo(EditionData.T_UNKNOWN);
    assertThat(d.minDaysFewer(ActivityType.LM_LONG_VET)).isEqualTo(10);
    assertThat(d.maxPersons(ActivityType.PREP_VISIT)).isEqualTo(3);
    assertThat(d.maxDays(ActivityType.LM_LONG_VET)).isEqualTo(EditionData.ABSENT);
    assertThat(d.available(ActivityType.LM_LONG_VET)).isEqualTo(EditionData.T_ABSENT);
    assertThat(d.travelStandard).isEqualTo(2);
    assertThat(d.travelGreen).isEqualTo(6);
    assertThat(d.recentGraduateMonths).isEqualTo(12);
    assertThat(d.abroadRequired).isEqualTo(EditionData.T_YES);
    assertThat(d.organisationsDiffer).isEqualTo(EditionData.T_NO);
    assertThat(d.staffLinkRequired).isEqualTo(EditionData.T_ABSENT);
    assertThat(d.groupMinSendingCountries).isEqualTo(EditionData.ABSENT);
  }

  @ParameterizedTest(name = "recent_graduate.boundary {0} -> at end {1}")
  @CsvSource({"end, true", "start, false", "unknown, false"})
  void theRecentGraduateLimitIsMeasuredAtTheStartUnlessTheFileSaysEnd(
      String boundary, boolean atEnd) {
    String confidence = boundary.equals("unknown") ? "unknown" : "confirmed";
    EditionData d =
        data(2025, "recent_graduate.boundary 2024-2026 " + boundary + " " + confidence + " G25");
    assertThat(d.recentGraduateAtEnd).isEqualTo(atEnd);
    assertThat(data(2025, "abroad.required 2024-2026 yes confirmed G25").recentGraduateAtEnd)
        .isFalse();
  }

  @Test
  void listsOfCategoriesAndStatusesBecomeBitSets() {
    EditionData d =
        data(
            2025,
            "activity.LM-SHORT-VET.participants 2024-2026 apprentice;recent_graduate confirmed G25",
            "activity.SM-TTA.participants 2024-2026 unknown unknown G25",
            "applicant.statuses 2024-2026 associated_third_country;third_country_not_associated"
                + " confirmed G25",
            "flow.beneficiary_side_statuses 2024-2026 unknown unknown G25");
    int learners = d.participants(ActivityType.LM_SHORT_VET);
    assertThat(EditionData.hasCategory(learners, ParticipantCategory.APPRENTICE)).isTrue();
    assertThat(EditionData.hasCategory(learners, ParticipantCategory.RECENT_GRADUATE)).isTrue();
    assertThat(EditionData.hasCategory(learners, ParticipantCategory.VET_LEARNER)).isFalse();
    assertThat(EditionData.hasCategory(learners, ParticipantCategory.STAFF)).isFalse();
    assertThat(d.participants(ActivityType.SM_TTA)).isEqualTo(-1);
    assertThat(d.participants(ActivityType.SM_JOB_SHDW)).isZero();
    int applicants = d.applicantStatuses;
    assertThat(EditionData.hasStatus(applicants, CountryStatus.ASSOCIATED_THIRD_COUNTRY)).isTrue();
    assertThat(EditionData.hasStatus(applicants, CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED))
        .isTrue();
    assertThat(EditionData.hasStatus(applicants, CountryStatus.EU_MEMBER_STATE)).isFalse();
    assertThat(d.beneficiarySideStatuses).isEqualTo(-1);
    assertThat(
            data(2025, "applicant.statuses 2026 eu_member_state confirmed G25").applicantStatuses)
        .isEqualTo(-1);
  }

  @Test
  void sharesAndListsOfNumbersAreNullUnlessKnown() {
    EditionData d =
        data(
            2025,
            "ka121.not_associated_budget_share_max 2024-2026 0.2 confirmed G25",
            "project.months_allowed 2024-2026 12;24;36 confirmed G25",
            "courses.max_share_of_grant 2024-2026 unknown unknown G25");
    assertThat(d.share("ka121.not_associated_budget_share_max")).isEqualTo(new BigDecimal("0.2"));
    assertThat(d.share("courses.max_share_of_grant")).isNull();
    assertThat(d.share("abroad.required")).isNull();
    assertThat(d.numbers("project.months_allowed")).containsExactly(12, 24, 36);
    assertThat(d.numbers("courses.max_share_of_grant")).isNull();
    assertThat(d.numbers("ka122.max_participants")).isNull();
  }

  @Test
  void aCitationNamesTheFirstKeyStatedForTheCallElseTheBasis() {
    EditionData d =
        data(
            2025,
            "activity.SM-TTA.max_days 2024-2026 60 secondary G25",
            "activity.SM-TTA.min_days 2026 2 confirmed G25");
    Citation c = d.citation("plain logic", "activity.SM-TTA.min_days", "activity.SM-TTA.max_days");
    assertThat(c.key()).hasValue("activity.SM-TTA.max_days");
    assertThat(c.sources()).containsExactly("G25");
    assertThat(c.documents()).containsExactly("Guide 2025");
    assertThat(c.confidence()).hasValue(Confidence.SECONDARY);
    assertThat(c.edition()).isEqualTo(Edition.of(Programme.ERASMUS_2021_2027, 2025));
    Citation none = d.citation("plain logic", "activity.SM-TTA.min_days");
    assertThat(none.key()).isEmpty();
    assertThat(none.basis()).hasValue("plain logic");
  }

  @Test
  void factsOfTheCallMatchKeyPatterns() {
    EditionData d =
        data(
            2025,
            "activity.SM-TTA.max_days 2024-2026 60 confirmed G25",
            "activity.LM-LONG-VET.max_days 2026 365 confirmed G25",
            "activity.SM-TTA.min_days 2024-2026 2 confirmed G25",
            "abroad.required 2024-2026 yes confirmed G25");
    assertThat(d.facts(List.of("activity.*.max_days")))
        .extracting(Fact::key)
        .containsExactly("activity.SM-TTA.max_days");
    assertThat(d.facts(List.of("abroad.required", "activity.SM-TTA.*")))
        .extracting(Fact::key)
        .containsExactlyInAnyOrder(
            "activity.SM-TTA.max_days", "activity.SM-TTA.min_days", "abroad.required");
    assertThat(d.facts())
        .extracting(Fact::key)
        .containsExactly("activity.SM-TTA.max_days", "activity.SM-TTA.min_days", "abroad.required");
    assertThat(d.inFile("activity.LM-LONG-VET.max_days")).isTrue();
    assertThat(d.inFile("activity.LM-LONG-VET.min_days")).isFalse();
  }

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "abroad.required, abroad.required, true",
    "abroad.required, abroad.required.x, false",
    "activity.*.max_days, activity.SM-TTA.max_days, true",
    "activity.*.max_days, activity..max_days, false",
    "activity.*.max_days, activity.SM-TTA.min_days, false",
    "activity.*.max_days, other.SM-TTA.max_days, false",
    "countries.*, countries.region.1, true",
    "countries.*, countries., false",
    "ab*ba, aba, false",
    "ab*ba, abxba, true",
    "*, a, true",
  })
  void keyPatterns(String pattern, String key, boolean expected) {
    assertThat(EditionData.matches(pattern, key)).isEqualTo(expected);
  }
}
