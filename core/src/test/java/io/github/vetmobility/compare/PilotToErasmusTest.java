package io.github.vetmobility.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.CountryStatus;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.funding.GrantItem;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.participant.StaffLink;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Outcome;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import io.github.vetmobility.rules.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 2018 pilot's Western Balkans flows (INTERVET WB-like rows) under call 2026 KA121, where AL,
 * BA, XK and ME are third countries not associated and MK and RS associated.
 */
class PilotToErasmusTest {
  private static final RuleBooks BOOKS = RuleBooks.builtIn();
  private static final RuleBook PILOT = BOOKS.get(Edition.of(Programme.PILOT_2018, 2018));
  private static final RuleBook PILOT2020 = BOOKS.get(Edition.of(Programme.PILOT_2020, 2020));
  private static final RuleBook KA121 = BOOKS.get(2026, KeyAction.KA121);
  private static final LocalDate START = LocalDate.of(2021, 6, 20);

  private static Organisation org(CountryCode country, String oid) {
    return Organisation.builder().country(country).oid(OrganisationId.parse(oid)).build();
  }

  private static Mobility row(
      CountryCode from, CountryCode to, ActivityType type, ParticipantCategory who, int days) {
    Participant.Builder p = Participant.builder().category(who);
    if (who == ParticipantCategory.STAFF) {
      p.staffLink(StaffLink.EMPLOYED);
    }
    if (who == ParticipantCategory.RECENT_GRADUATE) {
      p.graduationDate(START.minusMonths(2));
    }
    return Mobility.builder()
        .participant(p.build())
        .activityType(type)
        .sending(org(from, "E10000011"))
        .receiving(org(to, "E10000012"))
        .startDate(START)
        .endDate(START.plusDays(days - 1))
        .travelDays(2)
        .build();
  }

  @Test
  void theWesternBalkansHaveTheirCall2026Statuses() {
    for (CountryCode c : new CountryCode[] {CountryCode.AL, CountryCode.BA, CountryCode.XK}) {
      assertThat(KA121.countryStatus(c)).isEqualTo(CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED);
    }
    assertThat(KA121.countryStatus(CountryCode.ME))
        .isEqualTo(CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED);
    assertThat(KA121.countryStatus(CountryCode.MK))
        .isEqualTo(CountryStatus.ASSOCIATED_THIRD_COUNTRY);
    assertThat(KA121.countryStatus(CountryCode.RS))
        .isEqualTo(CountryStatus.ASSOCIATED_THIRD_COUNTRY);
  }

  @ParameterizedTest(name = "VET-FLOW-BENEFICIARY {0} -> {1} {2}: 2026 KA121 {4}")
  @CsvSource({
    // One-month learner stays (INTERVET rows 1-5): sent from the Western Balkans to EU hosts.
    "RS, SI, LM_SHORT_VET, VET_LEARNER, 31, ELIGIBLE",
    "XK, SI, LM_SHORT_VET, VET_LEARNER, 30, NOT_ELIGIBLE",
    "BA, PL, LM_SHORT_VET, VET_LEARNER, 28, NOT_ELIGIBLE",
    "AL, IT, LM_SHORT_VET, VET_LEARNER, 30, NOT_ELIGIBLE",
    "ME, ES, LM_SHORT_VET, VET_LEARNER, 30, NOT_ELIGIBLE",
    // Three-month stays of recent graduates (ErasmusPro-like), job shadowing and summer schools.
    "MK, FR, LM_LONG_VET, RECENT_GRADUATE, 90, ELIGIBLE",
    "AL, MT, SM_JOB_SHDW, STAFF, 6, NOT_ELIGIBLE",
    "MK, NL, SM_JOB_SHDW, STAFF, 6, ELIGIBLE",
    "BA, IT, SM_COUR_TRAIN, STAFF, 5, NOT_ELIGIBLE",
  })
  void pilotFlowsUnderCall2026Ka121(
      CountryCode from,
      CountryCode to,
      ActivityType type,
      ParticipantCategory who,
      int days,
      Verdict in2026) {
    Mobility m = row(from, to, type, who, days);
    Comparison c = Comparison.of(m, PILOT, KA121);
    // Under the pilot every such flow is fundable, but its durations are unknown: warnings only.
    assertThat(c.before().verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_WARNINGS);
    assertThat(c.before().outcome(Rule.VET_PILOT_FLOW)).isEqualTo(Outcome.PASSED);
    assertThat(c.before().outcome(Rule.VET_DURATION_MIN)).isEqualTo(Outcome.NOT_EVALUATED);
    assertThat(c.after().verdict()).isEqualTo(in2026);
    assertThat(c.verdictChanged()).isTrue();
    // The pilot's unknown durations are known in 2026: their warnings go.
    assertThat(c.goneFindings()).extracting(Finding::ruleId).contains("VET-DURATION-MIN");
    if (in2026 == Verdict.NOT_ELIGIBLE) {
      assertThat(c.after().outcome(Rule.VET_FLOW_BENEFICIARY)).isEqualTo(Outcome.FAILED);
      assertThat(c.newFindings()).extracting(Finding::ruleId).contains("VET-FLOW-BENEFICIARY");
      assertThat(c.totalAfter()).hasValueSatisfying(t -> assertThat(t.max().isZero()).isTrue());
    } else {
      assertThat(c.after().outcome(Rule.VET_FLOW_BENEFICIARY)).isEqualTo(Outcome.PASSED);
      // The pilot has no grant model; call 2026 has: organisational support becomes an amount.
      assertThat(c.grantChanges())
          .as(c.toString())
          .filteredOn(g -> g.item() == GrantItem.ORGANISATIONAL_SUPPORT)
          .singleElement()
          .satisfies(
              g -> {
                assertThat(g.before()).isEmpty();
                assertThat(g.after()).isPresent();
              });
    }
    assertThat(c.changes()).isTrue();
    assertThat(c.toString())
        .startsWith("PILOT2018-2018 ELIGIBLE_WITH_WARNINGS -> EP2127-2026-KA121 " + in2026);
  }

  @Test
  void aComparisonOfABookWithItselfChangesNothing() {
    Mobility m =
        row(
            CountryCode.RS,
            CountryCode.SI,
            ActivityType.LM_SHORT_VET,
            ParticipantCategory.VET_LEARNER,
            31);
    Comparison same = Comparison.of(m, KA121, KA121);
    assertThat(same.changes()).isFalse();
    assertThat(same.toString()).contains("(same verdict)");
  }

  @Test
  void theReferenceOfAnotherCallIsLeftOutUnderTheSecondBook() {
    Mobility m =
        Mobility.builder()
            .from(
                row(
                    CountryCode.IT,
                    CountryCode.ES,
                    ActivityType.LM_SHORT_VET,
                    ParticipantCategory.VET_LEARNER,
                    30))
            .projectReference(
                io.github.vetmobility.identifier.ProjectReference.parse(
                    "2025-1-IT02-KA121-VET-000123456"))
            .build();
    Comparison c = Comparison.of(m, BOOKS.get(2025, KeyAction.KA121), KA121);
    assertThat(c.after().outcome(Rule.VET_REFERENCE_EDITION)).isNotEqualTo(Outcome.FAILED);
    assertThat(c.before().outcome(Rule.VET_REFERENCE_EDITION)).isEqualTo(Outcome.PASSED);
  }

  // The pilot books at their boundaries.

  @Test
  void pilot2018OffersStaffCoursesAndSummerSchoolsButNoKnownDurations() {
    Mobility course =
        row(
            CountryCode.AL,
            CountryCode.IT,
            ActivityType.SM_COUR_TRAIN,
            ParticipantCategory.STAFF,
            5);
    assertThat(PILOT.assess(course).outcome(Rule.VET_ACTIVITY_AVAILABLE)).isEqualTo(Outcome.PASSED);
    assertThat(PILOT.assess(course).outcome(Rule.VET_DURATION_MAX))
        .isEqualTo(Outcome.NOT_EVALUATED);
    // Teaching assignments: not known whether the call funded them.
    Mobility tta =
        row(CountryCode.AL, CountryCode.IT, ActivityType.SM_TTA, ParticipantCategory.STAFF, 5);
    assertThat(PILOT.assess(tta).outcome(Rule.VET_ACTIVITY_AVAILABLE))
        .isEqualTo(Outcome.NOT_EVALUATED);
    // Group mobility did not exist.
    assertThat(PILOT.fact("activity.LM-GROUP-VET.available").orElseThrow().value()).contains("no");
  }

  @Test
  void pilot2018DoesNotCopyTheSecondPilotsDurations() {
    for (String key :
        new String[] {
          "activity.LM-SHORT-VET.min_days", "activity.LM-SHORT-VET.max_days",
          "activity.LM-LONG-VET.min_days", "activity.LM-LONG-VET.max_days",
          "activity.SM-JOB-SHDW.min_days", "activity.SM-JOB-SHDW.max_days"
        }) {
      assertThat(PILOT.fact(key).orElseThrow().isUnknown()).as(key).isTrue();
    }
    assertThat(PILOT2020.fact("activity.LM-SHORT-VET.min_days").orElseThrow().value())
        .contains("14");
  }

  @ParameterizedTest(name = "VET-PILOT-FLOW {0} -> {1} in {2}: {3}")
  @CsvSource({
    "UK, AL, 2018, PASSED", // a Member State until 31/01/2020
    "UK, AL, 2020, FAILED", // not one for the second pilot
    "IT, AL, 2020, PASSED",
    "AL, IT, 2020, PASSED",
    "RS, IT, 2020, FAILED", // Serbia is no target country of the second pilot
    "RS, IT, 2018, PASSED",
  })
  void theUnitedKingdomIsAMemberStateForThePilotOf2018Only(
      CountryCode from, CountryCode to, int call, Outcome expected) {
    RuleBook book = call == 2018 ? PILOT : PILOT2020;
    Mobility m = row(from, to, ActivityType.LM_SHORT_VET, ParticipantCategory.VET_LEARNER, 30);
    assertThat(book.assess(m).outcome(Rule.VET_PILOT_FLOW)).isEqualTo(expected);
  }

  @Test
  void thePilotsStateTheirCallsFundingAsInformativeFacts() {
    assertThat(PILOT2020.fact("pilot.max_grant_eur").orElseThrow().value()).contains("1000000");
    assertThat(PILOT2020.fact("pilot.min_grant_eur").orElseThrow().value()).contains("700000");
    assertThat(PILOT.fact("pilot.budget_eur").orElseThrow().value()).contains("2000000");
    assertThat(PILOT.fact("pilot.max_grant_eur").orElseThrow().isUnknown()).isTrue();
    assertThat(PILOT.fact("pilot.unit_costs").orElseThrow().isUnknown()).isTrue();
  }
}
