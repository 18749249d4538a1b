package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Boundary tests of the duration, dates, blended and travel-day rules in every rule book that
 * states the limit: one day below, at, and one day above.
 */
class DurationRulesTest {

  /** Every (book, activity, limit) whose limit is a number; the numbers come from the books. */
  static Stream<Arguments> limits(String property) {
    List<Arguments> out = new ArrayList<>();
    for (RuleBook b : Fixtures.BOOKS.all()) {
      for (ActivityType t : ActivityType.values()) {
        String available =
            b.fact("activity." + t.code() + ".available").flatMap(Fact::value).orElse("");
        b.fact("activity." + t.code() + "." + property)
            .flatMap(Fact::value)
            .filter(v -> available.equals("yes") && !v.equals("none"))
            .ifPresent(v -> out.add(Arguments.of(b, t, Integer.parseInt(v))));
      }
    }
    return out.stream();
  }

  static Stream<Arguments> minimums() {
    return limits("min_days");
  }

  static Stream<Arguments> maximums() {
    return limits("max_days");
  }

  @Test
  void everyEditionStatesLimits() {
    assertThat(minimums()).hasSizeGreaterThan(80);
    assertThat(maximums()).hasSizeGreaterThan(80);
  }

  @ParameterizedTest(name = "VET-DURATION-MIN {0} {1}: {2} days")
  @MethodSource("minimums")
  void durationMinimum(RuleBook book, ActivityType type, int min) {
    if (min > 1) {
      Finding f =
          Check.failsAlone(
              book, Fixtures.activity(book, type, min - 1).build(), Rule.VET_DURATION_MIN);
      assertThat(f.arguments()).containsEntry("min", min).containsEntry("days", (long) min - 1);
      assertThat(f.field()).isEqualTo("endDate");
      assertThat(f.citation().key()).contains("activity." + type.code() + ".min_days");
    }
    Check.passes(book, Fixtures.activity(book, type, min).build(), Rule.VET_DURATION_MIN);
    Check.passes(book, Fixtures.activity(book, type, min + 1).build(), Rule.VET_DURATION_MIN);
  }

  @ParameterizedTest(name = "VET-DURATION-MAX {0} {1}: {2} days")
  @MethodSource("maximums")
  void durationMaximum(RuleBook book, ActivityType type, int max) {
    Check.passes(book, Fixtures.activity(book, type, max - 1).build(), Rule.VET_DURATION_MAX);
    Check.passes(book, Fixtures.activity(book, type, max).build(), Rule.VET_DURATION_MAX);
    Finding f =
        Check.failsAlone(
            book, Fixtures.activity(book, type, max + 1).build(), Rule.VET_DURATION_MAX);
    assertThat(f.arguments()).containsEntry("max", max).containsEntry("days", (long) max + 1);
  }

  static Stream<RuleBook> withFewerOpportunitiesMinimum() {
    return Fixtures.BOOKS.all().stream()
        .filter(b -> b.fact("activity.LM-SHORT-VET.min_days_fewer_opportunities").isPresent());
  }

  @ParameterizedTest(name = "VET-DURATION-MIN fewer opportunities {0}")
  @MethodSource("withFewerOpportunitiesMinimum")
  void fewerOpportunitiesMinimumNeedsJustification(RuleBook book) {
    assertThat(book.edition().programme()).isEqualTo(Programme.ERASMUS_2021_2027);
    Participant fewer =
        Participant.builder()
            .category(ParticipantCategory.VET_LEARNER)
            .fewerOpportunities(true)
            .build();
    Mobility.Builder base =
        Fixtures.activity(book, ActivityType.LM_SHORT_VET, 2).participant(fewer);
    Check.failsAlone(
        book, base.endDate(Fixtures.START).shortStayJustified(true).build(), Rule.VET_DURATION_MIN);
    Check.passes(book, base.endDate(Fixtures.START.plusDays(1)).build(), Rule.VET_DURATION_MIN);
    Check.passes(book, base.endDate(Fixtures.START.plusDays(2)).build(), Rule.VET_DURATION_MIN);
    // Without the justification the usual minimum of 10 applies.
    Finding f =
        Check.failsAlone(
            book,
            base.endDate(Fixtures.START.plusDays(8)).shortStayJustified(false).build(),
            Rule.VET_DURATION_MIN);
    assertThat(f.arguments()).containsEntry("min", 10);
    // The justification alone does not lower the minimum for a participant without fewer
    // opportunities.
    Check.failsAlone(
        book,
        Fixtures.activity(book, ActivityType.LM_SHORT_VET, 5).shortStayJustified(true).build(),
        Rule.VET_DURATION_MIN);
  }

  static Stream<RuleBook> blendedKnown() {
    return Fixtures.BOOKS.all().stream()
        .filter(
            b ->
                b.fact("blended.limits_apply_to_physical")
                    .flatMap(Fact::value)
                    .orElse("")
                    .equals("yes"));
  }

  @ParameterizedTest(name = "VET-DURATION-MIN blended {0}: physical part")
  @MethodSource("blendedKnown")
  void blendedLimitsApplyToThePhysicalPart(RuleBook book) {
    // 14 days of which 4 virtual: 10 physical days, exactly the short-term minimum.
    Mobility.Builder b = Fixtures.activity(book, ActivityType.LM_SHORT_VET, 14);
    Check.passes(book, b.virtualDays(4).build(), Rule.VET_DURATION_MIN);
    Check.passes(book, b.virtualDays(3).build(), Rule.VET_DURATION_MIN);
    Finding f = Check.failsAlone(book, b.virtualDays(5).build(), Rule.VET_DURATION_MIN);
    assertThat(f.arguments()).containsEntry("days", 9L);
    // 89 physical days + 10 virtual days: still within the maximum of 89.
    Check.passes(
        book,
        Fixtures.activity(book, ActivityType.LM_SHORT_VET, 99).virtualDays(10).build(),
        Rule.VET_DURATION_MAX);
  }

  @Test
  void blendedWithUnknownCountingIsNotEvaluated() {
    RuleBook b = Fixtures.book(2019, io.github.vetmobility.identifier.KeyAction.KA102);
    Check.outcome(
        b,
        Fixtures.activity(b, ActivityType.LM_SHORT_VET, 20).virtualDays(2).build(),
        Rule.VET_DURATION_MIN,
        Outcome.NOT_EVALUATED);
  }

  @ParameterizedTest(name = "VET-BLENDED-VIRTUAL {0}")
  @MethodSource("blendedKnown")
  void virtualDaysWithinTheActivity(RuleBook book) {
    Mobility.Builder b = Fixtures.activity(book, ActivityType.SM_TTA, 20);
    Check.passes(book, b.virtualDays(18).build(), Rule.VET_BLENDED_VIRTUAL);
    assertThat(book.assess(b.virtualDays(19).build()).outcome(Rule.VET_BLENDED_VIRTUAL))
        .isEqualTo(Outcome.PASSED);
    Assessment at = book.assess(b.virtualDays(20).build());
    assertThat(at.outcome(Rule.VET_BLENDED_VIRTUAL)).isEqualTo(Outcome.PASSED);
    assertThat(at.outcome(Rule.VET_DURATION_MIN)).isEqualTo(Outcome.FAILED);
    Check.failsAlone(book, b.virtualDays(21).build(), Rule.VET_BLENDED_VIRTUAL);
  }

  static Stream<RuleBook> allBooks() {
    return Fixtures.BOOKS.all().stream();
  }

  @ParameterizedTest(name = "VET-DATES-ORDER {0}")
  @MethodSource("allBooks")
  void endNotBeforeStart(RuleBook book) {
    Mobility.Builder b =
        Fixtures.learner(book)
            .participant(Fixtures.participant(ParticipantCategory.STAFF))
            .activityType(ActivityType.SM_JOB_SHDW);
    Finding f =
        Check.failsAlone(
            book, b.endDate(Fixtures.START.minusDays(1)).build(), Rule.VET_DATES_ORDER);
    assertThat(f.arguments()).containsEntry("startDate", "2025-03-03");
    // One day (start = end) is a valid date order; the staff minimum of 2 days then applies.
    Assessment one = book.assess(b.endDate(Fixtures.START).build());
    assertThat(one.outcome(Rule.VET_DATES_ORDER)).isEqualTo(Outcome.PASSED);
    assertThat(
            book.assess(b.endDate(Fixtures.START.plusDays(1)).build())
                .outcome(Rule.VET_DATES_ORDER))
        .isEqualTo(Outcome.PASSED);
  }

  static Stream<Arguments> travelLimits() {
    List<Arguments> out = new ArrayList<>();
    for (RuleBook b : Fixtures.BOOKS.all()) {
      for (String key : new String[] {"travel_days.max_standard", "travel_days.max_green"}) {
        b.fact(key)
            .flatMap(Fact::value)
            .ifPresent(v -> out.add(Arguments.of(b, key.endsWith("green"), Integer.parseInt(v))));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "VET-TRAVEL-DAYS {0} green={1}: at most {2}")
  @MethodSource("travelLimits")
  void travelDays(RuleBook book, boolean green, int max) {
    assertThat(max).isEqualTo(green ? 6 : 2);
    Mobility.Builder b = Fixtures.learner(book).greenTravel(green);
    Check.passes(book, b.travelDays(max - 1).build(), Rule.VET_TRAVEL_DAYS);
    Check.passes(book, b.travelDays(max).build(), Rule.VET_TRAVEL_DAYS);
    Finding f = Check.failsAlone(book, b.travelDays(max + 1).build(), Rule.VET_TRAVEL_DAYS);
    assertThat(f.arguments())
        .containsEntry("max", max)
        .containsEntry("travel", green ? "green" : "standard");
    assertThat(f.citation().key())
        .hasValue(green ? "travel_days.max_green" : "travel_days.max_standard");
  }

  @Test
  void travelDaysUnknownBefore2021() {
    RuleBook b = Fixtures.book(2016, io.github.vetmobility.identifier.KeyAction.KA102);
    Check.outcome(
        b, Fixtures.learner(b).travelDays(3).build(), Rule.VET_TRAVEL_DAYS, Outcome.NOT_EVALUATED);
    Check.outcome(
        b, Fixtures.learner(b).travelDays(0).build(), Rule.VET_TRAVEL_DAYS, Outcome.PASSED);
  }
}
