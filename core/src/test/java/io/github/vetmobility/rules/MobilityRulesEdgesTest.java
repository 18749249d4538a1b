package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * Mobility rules on data the shipped books do not hold: activities that are not offered, limits of
 * zero, a lower minimum of zero or none, and a pilot's flow to third countries not associated.
 */
class MobilityRulesEdgesTest {
  // A complete book (the built-in facts of the edition) with some facts stated otherwise.
  private static RuleBook book(RuleBook base, String... facts) {
    String text = RuleBookText.complete(base, base.edition().callYear(), facts);
    RuleBooks books = RuleBooks.load(new StringReader(text), "edges.rules");
    return books.all().get(0);
  }

  private static RuleBook ka102(String... facts) {
    return book(Fixtures.book(2020, KeyAction.KA102), facts);
  }

  private static Outcome outcome(RuleBook b, Mobility m, Rule rule) {
    return b.assess(m).outcome(rule);
  }

  @Test
  void limitsOfAnActivityThatIsNotOfferedDoNotApply() {
    RuleBook b =
        ka102(
            "activity.SM-TTA.available 2020 no confirmed S1",
            "activity.SM-JOB-SHDW.available 2020 unknown unknown S1",
            "activity.SM-JOB-SHDW.min_days 2020 5 confirmed S1",
            "activity.LM-GROUP-VET.available 2020 no confirmed S1");
    Mobility tta = Fixtures.activity(b, ActivityType.SM_TTA, 3).build();
    assertThat(outcome(b, tta, Rule.VET_ACTIVITY_AVAILABLE)).isEqualTo(Outcome.FAILED);
    assertThat(outcome(b, tta, Rule.VET_DURATION_MIN)).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(b, tta, Rule.VET_DURATION_MAX)).isEqualTo(Outcome.NOT_APPLICABLE);
    // An activity whose availability is unknown is still held to its limits.
    Mobility shadowing = Fixtures.activity(b, ActivityType.SM_JOB_SHDW, 3).build();
    assertThat(outcome(b, shadowing, Rule.VET_ACTIVITY_AVAILABLE)).isEqualTo(Outcome.NOT_EVALUATED);
    assertThat(outcome(b, shadowing, Rule.VET_DURATION_MIN)).isEqualTo(Outcome.FAILED);
    Mobility group = Fixtures.activity(b, ActivityType.LM_GROUP_VET, 10).build();
    assertThat(outcome(b, group, Rule.VET_GROUP_SIZE)).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void limitsOfZeroDaysAreLimits() {
    RuleBook b =
        ka102(
            "activity.SM-TTA.available 2020 yes confirmed S1",
            "activity.SM-TTA.min_days 2020 0 confirmed S1",
            "activity.SM-TTA.max_days 2020 0 confirmed S1");
    Mobility oneDay = Fixtures.activity(b, ActivityType.SM_TTA, 1).build();
    assertThat(outcome(b, oneDay, Rule.VET_DURATION_MIN)).isEqualTo(Outcome.PASSED);
    assertThat(outcome(b, oneDay, Rule.VET_DURATION_MAX)).isEqualTo(Outcome.FAILED);
  }

  private static Mobility.Builder justifiedShortStay(RuleBook b, int days) {
    return Fixtures.activity(b, ActivityType.LM_SHORT_VET, days)
        .participant(
            Participant.builder()
                .category(ParticipantCategory.VET_LEARNER)
                .fewerOpportunities(true)
                .build())
        .shortStayJustified(true);
  }

  @Test
  void aLowerMinimumOfZeroApplies() {
    RuleBook b =
        ka102(
            "activity.LM-SHORT-VET.available 2020 yes confirmed S1",
            "activity.LM-SHORT-VET.min_days 2020 10 confirmed S1",
            "activity.LM-SHORT-VET.min_days_fewer_opportunities 2020 0 confirmed S1");
    assertThat(outcome(b, justifiedShortStay(b, 1).build(), Rule.VET_DURATION_MIN))
        .isEqualTo(Outcome.PASSED);
    assertThat(
            outcome(
                b,
                justifiedShortStay(b, 1).shortStayJustified(false).build(),
                Rule.VET_DURATION_MIN))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void noLowerMinimumLeavesTheUsualOne() {
    RuleBook b =
        ka102(
            "activity.LM-SHORT-VET.available 2020 yes confirmed S1",
            "activity.LM-SHORT-VET.min_days 2020 unknown unknown S1",
            "activity.LM-SHORT-VET.min_days_fewer_opportunities 2020 none confirmed S1");
    assertThat(outcome(b, justifiedShortStay(b, 1).build(), Rule.VET_DURATION_MIN))
        .isEqualTo(Outcome.NOT_EVALUATED);
  }

  @Test
  void aOneDayBlendedActivityMayBeAllVirtual() {
    RuleBook b = Fixtures.book(2025, KeyAction.KA122);
    Mobility m = Fixtures.learner(b).endDate(Fixtures.START).virtualDays(1).build();
    assertThat(outcome(b, m, Rule.VET_BLENDED_VIRTUAL)).isEqualTo(Outcome.PASSED);
  }

  @Test
  void aPilotToAThirdCountryNotAssociatedIsNamedAsAPilot() {
    RuleBook b =
        book(
            Fixtures.BOOKS.get(
                io.github.vetmobility.edition.Edition.of(
                    io.github.vetmobility.edition.Programme.PILOT_2020, 2020)),
            "countries.eu_member_state 2020 IT;ES confirmed S1",
            "countries.associated_third_country 2020 NO confirmed S1",
            "not_associated.available 2020 yes confirmed S1",
            "not_associated.requires_accreditation 2020 yes confirmed S1");
    Mobility m = Fixtures.learner(b).receiving(Organisation.of(CountryCode.US)).build();
    Finding f =
        b.assess(m).findings().stream()
            .filter(x -> x.rule() == Rule.VET_NOT_ASSOCIATED_ACCREDITED)
            .findFirst()
            .orElseThrow();
    assertThat(f.arguments()).containsEntry("action", "a pilot").containsEntry("country", "US");
  }

  @Test
  void theFindingNamesTheWrongAccreditationCodeAmongSeveral() {
    RuleBook b = Fixtures.book(2025, KeyAction.KA122);
    Organisation sending =
        Organisation.builder()
            .from(Fixtures.SENDING)
            .addAccreditations(
                io.github.vetmobility.organisation.Accreditation.builder()
                    .kind(
                        io.github.vetmobility.organisation.AccreditationKind.ERASMUS_ACCREDITATION)
                    .validFrom(java.time.LocalDate.of(2021, 1, 1))
                    .build())
            .addAccreditations(MobilityRulesTest.accreditation("2020-1-IT01-KA120-VET-095178"))
            .addAccreditations(MobilityRulesTest.accreditation("2020-1-DE02-KA120-VET-095178"))
            .build();
    Finding f =
        Check.failsAlone(
            b, Fixtures.learner(b).sending(sending).build(), Rule.VET_ACCREDITATION_CODE);
    assertThat(f.arguments())
        .containsEntry("code", "2020-1-DE02-KA120-VET-095178")
        .containsEntry("country", "IT");
    assertThat(f.field()).isEqualTo("sending.accreditations");
  }

  @Test
  void rulesTheBookSwitchesOffPassAndUnknownOnesAreNotEvaluated() {
    RuleBook b =
        ka102(
            "countries.eu_member_state 2020 IT;ES confirmed S1",
            "countries.associated_third_country 2020 NO confirmed S1",
            "organisations.must_differ 2020 no confirmed S1",
            "incoming.origin_programme_countries_only 2020 no confirmed S1",
            "staff.link_required 2020 no confirmed S1",
            "not_associated.available 2020 yes confirmed S1",
            "not_associated.requires_accreditation 2020 unknown unknown S1",
            "flow.beneficiary_side_statuses 2020 unknown unknown S1",
            "activity.PREP-VISIT.available 2020 yes confirmed S1",
            "activity.PREP-VISIT.max_persons 2020 3 confirmed S1");
    Mobility home = Fixtures.learner(b).receiving(Fixtures.SENDING).build();
    assertThat(outcome(b, home, Rule.VET_ORGANISATIONS_DIFFER)).isEqualTo(Outcome.PASSED);
    Mobility expert =
        Fixtures.activity(b, ActivityType.OA_INV_EXP, 5)
            .sending(Organisation.of(CountryCode.US))
            .build();
    assertThat(outcome(b, expert, Rule.VET_INCOMING_ORIGIN)).isEqualTo(Outcome.PASSED);
    Mobility unlinked =
        Fixtures.activity(b, ActivityType.SM_JOB_SHDW, 5)
            .participant(
                Participant.builder()
                    .category(ParticipantCategory.STAFF)
                    .staffLink(io.github.vetmobility.participant.StaffLink.NONE)
                    .build())
            .build();
    assertThat(outcome(b, unlinked, Rule.VET_STAFF_LINK)).isEqualTo(Outcome.PASSED);
    Mobility visit =
        Fixtures.activity(b, ActivityType.PREP_VISIT, 2)
            .groupSize(java.util.OptionalInt.empty())
            .build();
    assertThat(outcome(b, visit, Rule.VET_PREP_PERSONS)).isEqualTo(Outcome.NOT_EVALUATED);
    Mobility toUs = Fixtures.learner(b).receiving(Organisation.of(CountryCode.US)).build();
    assertThat(outcome(b, toUs, Rule.VET_NOT_ASSOCIATED_ACCREDITED))
        .isEqualTo(Outcome.NOT_EVALUATED);
    assertThat(outcome(b, toUs, Rule.VET_FLOW_RECEIVING)).isEqualTo(Outcome.PASSED);
    assertThat(outcome(b, Fixtures.learner(b).build(), Rule.VET_FLOW_BENEFICIARY))
        .isEqualTo(Outcome.NOT_EVALUATED);
  }

  @Test
  void aPreparatoryVisitWithAnUnknownMaximumIsNotEvaluated() {
    RuleBook b =
        ka102(
            "activity.PREP-VISIT.available 2020 yes confirmed S1",
            "activity.PREP-VISIT.max_persons 2020 unknown unknown S1");
    Mobility visit = Fixtures.activity(b, ActivityType.PREP_VISIT, 2).build();
    assertThat(outcome(b, visit, Rule.VET_PREP_PERSONS)).isEqualTo(Outcome.NOT_EVALUATED);
  }

  @Test
  void countriesOfUnknownStatusAreNotEvaluated() {
    RuleBook b =
        ka102(
            "countries.eu_member_state 2020 unknown unknown S1",
            "incoming.origin_programme_countries_only 2020 yes confirmed S1",
            "not_associated.available 2020 yes confirmed S1");
    Mobility expert =
        Fixtures.activity(b, ActivityType.OA_INV_EXP, 5)
            .sending(Organisation.of(CountryCode.US))
            .build();
    assertThat(outcome(b, expert, Rule.VET_INCOMING_ORIGIN)).isEqualTo(Outcome.NOT_EVALUATED);
    Mobility toUs = Fixtures.learner(b).receiving(Organisation.of(CountryCode.US)).build();
    assertThat(outcome(b, toUs, Rule.VET_FLOW_RECEIVING)).isEqualTo(Outcome.NOT_EVALUATED);
  }

  @Test
  void aMinimumGroupSizeOfZeroIsAMinimum() {
    RuleBook b =
        ka102(
            "activity.LM-GROUP-VET.available 2020 yes confirmed S1",
            "activity.LM-GROUP-VET.min_group_size 2020 0 confirmed S1");
    Mobility group = Fixtures.activity(b, ActivityType.LM_GROUP_VET, 10).groupSize(0).build();
    assertThat(outcome(b, group, Rule.VET_GROUP_SIZE)).isEqualTo(Outcome.PASSED);
  }
}
