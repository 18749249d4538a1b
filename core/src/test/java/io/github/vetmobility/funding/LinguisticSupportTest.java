package io.github.vetmobility.funding;

import static io.github.vetmobility.funding.Fixtures.eur;
import static io.github.vetmobility.funding.Fixtures.ka122;
import static io.github.vetmobility.funding.Fixtures.mobility;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.participant.ParticipantCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * VET-GRANT-LINGUISTIC-SUPPORT (on request, when Online Language Support cannot serve) and
 * VET-GRANT-LINGUISTIC-REINFORCED (every ErasmusPro participant, no request).
 */
class LinguisticSupportTest {
  private static final GrantCalculator CALC = GrantCalculator.builtIn();
  private static final GrantContext REQUESTED =
      GrantContext.builder().linguisticSupportRequested(true).build();

  private static Grant grant(
      ParticipantCategory who, ActivityType what, int days, int call, GrantContext context) {
    return CALC.grant(
        mobility(who, what, CountryCode.FI, days).declaredDistanceKm(800).build(),
        ka122(call),
        context);
  }

  @Test
  void erasmusProLearnersGetReinforcedSupportWithoutAsking() {
    Grant g =
        grant(
            ParticipantCategory.VET_LEARNER,
            ActivityType.LM_LONG_VET,
            120,
            2025,
            GrantContext.NONE);
    assertThat(g.lines(GrantItem.LINGUISTIC_SUPPORT))
        .extracting(GrantLine::ruleId, GrantLine::explanation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "VET-GRANT-LINGUISTIC-REINFORCED", "every ErasmusPro participant"));
    assertThat(g.amount(GrantItem.LINGUISTIC_SUPPORT)).hasValue(eur(150));
  }

  @Test
  void erasmusProLearnersWhoAskGetBothAmounts() {
    Grant g =
        grant(ParticipantCategory.VET_LEARNER, ActivityType.LM_LONG_VET, 120, 2025, REQUESTED);
    assertThat(g.lines(GrantItem.LINGUISTIC_SUPPORT))
        .extracting(GrantLine::ruleId)
        .containsExactly("VET-GRANT-LINGUISTIC-REINFORCED", "VET-GRANT-LINGUISTIC-SUPPORT");
    assertThat(g.amount(GrantItem.LINGUISTIC_SUPPORT)).hasValue(eur(300));
  }

  @Test
  void accompanyingPersonsGetNone() {
    Grant g =
        grant(
            ParticipantCategory.ACCOMPANYING_PERSON,
            ActivityType.LM_LONG_VET,
            120,
            2025,
            REQUESTED);
    assertThat(g.lines(GrantItem.LINGUISTIC_SUPPORT)).isEmpty();
  }

  @Test
  void shortTermLearnersGetItOnlyOnRequest() {
    assertThat(
            grant(
                    ParticipantCategory.VET_LEARNER,
                    ActivityType.LM_SHORT_VET,
                    20,
                    2025,
                    GrantContext.NONE)
                .lines(GrantItem.LINGUISTIC_SUPPORT))
        .isEmpty();
    Grant g =
        grant(ParticipantCategory.VET_LEARNER, ActivityType.LM_SHORT_VET, 20, 2025, REQUESTED);
    GrantLine line = g.lines(GrantItem.LINGUISTIC_SUPPORT).get(0);
    assertThat(line.ruleId()).isEqualTo("VET-GRANT-LINGUISTIC-SUPPORT");
    assertThat(line.amount()).hasValue(eur(150));
    assertThat(line.explanation())
        .isEqualTo("requested: Online Language Support cannot serve the participant");
    assertThat(line.citation().orElseThrow().key()).hasValue("linguistic_support.LM-SHORT-VET");
  }

  @Test
  void anActivityWithoutLinguisticSupportGetsZero() {
    Grant g = grant(ParticipantCategory.STAFF, ActivityType.SM_COUR_TRAIN, 5, 2025, REQUESTED);
    GrantLine line = g.lines(GrantItem.LINGUISTIC_SUPPORT).get(0);
    assertThat(line.amount()).hasValue(eur(0));
    assertThat(line.explanation())
        .isEqualTo("no linguistic support for SM-COUR-TRAIN in EP2127-2025");
    assertThat(line.citation()).isEmpty();
  }

  // 2021: staff mobilities under 31 days get none; learners and 2025 staff have no minimum.
  @ParameterizedTest(name = "VET-GRANT-LINGUISTIC-SUPPORT: {0} {1} days in {2} -> {3}")
  @CsvSource({
    "STAFF, 30, 2021, 0",
    "STAFF, 31, 2021, 150",
    "STAFF, 32, 2021, 150",
    "VET_LEARNER, 20, 2021, 150",
    "STAFF, 5, 2025, 150",
  })
  void staffMinimumDays(ParticipantCategory who, int days, int call, long expected) {
    ActivityType what =
        who == ParticipantCategory.STAFF ? ActivityType.SM_JOB_SHDW : ActivityType.LM_SHORT_VET;
    Grant g = grant(who, what, days, call, REQUESTED);
    GrantLine line = g.lines(GrantItem.LINGUISTIC_SUPPORT).get(0);
    assertThat(line.ruleId()).isEqualTo("VET-GRANT-LINGUISTIC-SUPPORT");
    assertThat(line.amount()).hasValue(eur(expected));
    if (expected == 0) {
      assertThat(line.explanation())
          .isEqualTo("no linguistic support for staff mobilities under 31 days");
      assertThat(line.citation().orElseThrow().key()).hasValue("linguistic_support_staff_min_days");
    }
  }
}
