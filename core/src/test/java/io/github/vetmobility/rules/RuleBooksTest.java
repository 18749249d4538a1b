package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.CountryStatus;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.ProjectReference;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RuleBooksTest {
  private static final RuleBooks BOOKS = RuleBooks.builtIn();

  private static CountryStatus status(int call, KeyAction action, CountryCode c) {
    return BOOKS.get(call, action).countryStatus(c);
  }

  @Test
  void aBuiltInFileIsReadWhenABookOfItIsFirstNeeded() {
    RuleBooks lazy = RuleBooks.builtInShelves();
    assertThat(lazy.filesRead()).isZero();
    assertThat(lazy.get(2025, KeyAction.KA122).key()).isEqualTo("EP2127-2025-KA122");
    assertThat(lazy.filesRead()).isEqualTo(1);
    assertThat(lazy.get(Edition.of(Programme.PILOT_2018, 2018)).key()).isEqualTo("PILOT2018-2018");
    assertThat(lazy.filesRead()).isEqualTo(2);
    assertThat(lazy.all()).extracting(RuleBook::key).isEqualTo(keys(BOOKS.all()));
    assertThat(lazy.filesRead()).isEqualTo(4);
  }

  @Test
  void readingOnDemandAnswersEveryLookUpAsTheWholeSet() {
    for (int y = 2012; y <= 2028; y++) {
      int year = y;
      for (KeyAction action :
          List.of(
              KeyAction.KA102,
              KeyAction.KA116,
              KeyAction.KA120,
              KeyAction.KA121,
              KeyAction.KA122)) {
        // A fresh set each time, so that each look-up meets files not yet read.
        assertThat(answer(() -> RuleBooks.builtInShelves().get(year, action).key()))
            .isEqualTo(answer(() -> BOOKS.get(year, action).key()));
        assertThat(answer(() -> RuleBooks.builtInShelves().find(year, action).map(RuleBook::key)))
            .isEqualTo(answer(() -> BOOKS.find(year, action).map(RuleBook::key)));
        String ref = year + "-1-DE02-" + action.code() + "-VET-000123456";
        assertThat(answer(() -> RuleBooks.builtInShelves().get(ProjectReference.parse(ref)).key()))
            .isEqualTo(answer(() -> BOOKS.get(ProjectReference.parse(ref)).key()));
      }
      for (Programme p : Programme.values()) {
        assertThat(answer(() -> RuleBooks.builtInShelves().get(Edition.of(p, year)).key()))
            .isEqualTo(answer(() -> BOOKS.get(Edition.of(p, year)).key()));
        assertThat(
                answer(
                    () ->
                        RuleBooks.builtInShelves().get(Edition.of(p, year), KeyAction.KA122).key()))
            .isEqualTo(answer(() -> BOOKS.get(Edition.of(p, year), KeyAction.KA122).key()));
      }
    }
  }

  // The key found, or the message of the refusal: what a caller sees either way.
  private static String answer(java.util.function.Supplier<Object> lookUp) {
    try {
      return String.valueOf(lookUp.get());
    } catch (InvalidValueException e) {
      return "refused: " + e.getMessage();
    }
  }

  private static List<String> keys(List<RuleBook> books) {
    return books.stream().map(RuleBook::key).toList();
  }

  @Test
  void everyEditionAndActionIsBuiltIn() {
    assertThat(BOOKS.all()).hasSize(7 * 2 + 6 * 2 + 2);
    for (int year = 2014; year <= 2020; year++) {
      assertThat(BOOKS.get(year, KeyAction.KA102).edition())
          .isEqualTo(Edition.of(Programme.ERASMUS_2014_2020, year));
      assertThat(BOOKS.get(year, KeyAction.KA116).key()).isEqualTo("EP1420-" + year + "-KA116");
    }
    for (int year = 2021; year <= 2026; year++) {
      assertThat(BOOKS.get(year, KeyAction.KA121).action()).contains(KeyAction.KA121);
      assertThat(BOOKS.get(year, KeyAction.KA122).action()).contains(KeyAction.KA122);
    }
    assertThat(BOOKS.get(Edition.of(Programme.PILOT_2018, 2018)).action()).isEmpty();
    assertThat(BOOKS.get(Edition.of(Programme.PILOT_2020, 2020)).key()).isEqualTo("PILOT2020-2020");
  }

  @Test
  void theReferenceSelectsTheRuleBook() {
    assertThat(BOOKS.get(ProjectReference.parse("2024-1-IT01-KA121-VET-000123456")).key())
        .isEqualTo("EP2127-2024-KA121");
    assertThat(BOOKS.get(ProjectReference.parse("2019-1-DE02-KA102-005678")).key())
        .isEqualTo("EP1420-2019-KA102");
    assertThat(BOOKS.forMobility(Fixtures.learner(BOOKS.get(2022, KeyAction.KA122)).build()).key())
        .isEqualTo("EP2127-2022-KA122");
  }

  @Test
  void editionsWithoutRuleBookAreRefusedClearly() {
    assertThatThrownBy(() -> BOOKS.get(ProjectReference.parse("2020-1-PL01-KA120-VET-095178")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("projectReference")
        .hasMessageContaining("KA121/KA122");
    assertThatThrownBy(() -> BOOKS.get(2027, KeyAction.KA122))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> BOOKS.get(2019, KeyAction.KA121))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> BOOKS.get(Edition.of(Programme.ERASMUS_2021_2027, 2025)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("key action");
    assertThatThrownBy(() -> BOOKS.forMobility(null)).isInstanceOf(InvalidValueException.class);
    assertThat(BOOKS.find(2025, null)).isEmpty();
  }

  @Test
  void serbiaIsAssociatedFrom2019() {
    assertThat(status(2018, KeyAction.KA102, CountryCode.RS))
        .isEqualTo(CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED);
    assertThat(BOOKS.get(2018, KeyAction.KA102).region(CountryCode.RS))
        .isEqualTo(OptionalInt.of(1));
    assertThat(status(2019, KeyAction.KA102, CountryCode.RS))
        .isEqualTo(CountryStatus.ASSOCIATED_THIRD_COUNTRY);
    assertThat(BOOKS.get(2019, KeyAction.KA102).region(CountryCode.RS)).isEmpty();
    assertThat(status(2025, KeyAction.KA121, CountryCode.RS))
        .isEqualTo(CountryStatus.ASSOCIATED_THIRD_COUNTRY);
  }

  @Test
  void theUnitedKingdomLeavesAfterThe2020Call() {
    assertThat(status(2020, KeyAction.KA102, CountryCode.UK))
        .isEqualTo(CountryStatus.EU_MEMBER_STATE);
    assertThat(status(2021, KeyAction.KA121, CountryCode.UK))
        .isEqualTo(CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED);
    assertThat(BOOKS.get(2025, KeyAction.KA121).region(CountryCode.UK))
        .isEqualTo(OptionalInt.of(14));
  }

  @Test
  void candidateAndEeaCountriesAreAssociatedThroughout() {
    for (CountryCode c : new CountryCode[] {CountryCode.MK, CountryCode.TR, CountryCode.NO}) {
      assertThat(status(2014, KeyAction.KA102, c))
          .isEqualTo(CountryStatus.ASSOCIATED_THIRD_COUNTRY);
      assertThat(status(2026, KeyAction.KA122, c))
          .isEqualTo(CountryStatus.ASSOCIATED_THIRD_COUNTRY);
    }
    assertThat(status(2026, KeyAction.KA122, CountryCode.CH))
        .isEqualTo(CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED);
    assertThat(status(2026, KeyAction.KA122, CountryCode.AL))
        .isEqualTo(CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED);
    assertThat(BOOKS.get(2026, KeyAction.KA122).region(CountryCode.XK))
        .isEqualTo(OptionalInt.of(1));
  }

  @Test
  void overseasTerritoriesFollowTheirMemberState() {
    assertThat(status(2025, KeyAction.KA122, CountryCode.GL))
        .isEqualTo(CountryStatus.EU_MEMBER_STATE);
    assertThat(status(2025, KeyAction.KA122, CountryCode.RE))
        .isEqualTo(CountryStatus.EU_MEMBER_STATE);
    assertThat(status(2025, KeyAction.KA122, CountryCode.CW))
        .isEqualTo(CountryStatus.EU_MEMBER_STATE);
    // UK territories followed the UK while it was in the programme, not after.
    assertThat(status(2019, KeyAction.KA102, CountryCode.FK))
        .isEqualTo(CountryStatus.EU_MEMBER_STATE);
    assertThat(status(2021, KeyAction.KA121, CountryCode.FK))
        .isEqualTo(CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED);
  }

  @Test
  void everyNumberCarriesItsSourceAndConfidence() {
    RuleBook b = BOOKS.get(2025, KeyAction.KA122);
    Fact max = b.fact("activity.SM-COUR-TRAIN.max_days").orElseThrow();
    assertThat(max.value()).contains("10");
    assertThat(max.confidence()).contains(Confidence.CONFIRMED);
    assertThat(max.sources()).containsExactly("G25", "G26");
    assertThat(max.documents().get(1)).contains("Programme Guide 2026");
    assertThat(
            BOOKS.get(2024, KeyAction.KA122).fact("activity.SM-COUR-TRAIN.max_days").get().value())
        .contains("30");
    Fact group2024 = BOOKS.get(2024, KeyAction.KA122).fact("activity.LM-GROUP-VET.available").get();
    assertThat(group2024.isUnknown()).isTrue();
    assertThat(group2024.confidence()).isEmpty();
    assertThat(b.parameters(Rule.VET_TRAVEL_DAYS))
        .extracting(Fact::key)
        .containsExactlyInAnyOrder("travel_days.max_standard", "travel_days.max_green");
    assertThat(b.facts()).allSatisfy(f -> assertThat(f.sources()).isNotEmpty());
  }

  @Test
  void anIntegratorsEditionReplacesTheBuiltInOne() {
    // An integrator's file states every key: here the 2026 facts, with a new minimum, for 2027.
    String text =
        RuleBookText.complete(
            BOOKS.get(2026, KeyAction.KA122),
            2027,
            "activity.LM-SHORT-VET.min_days 2027 15 confirmed S1");
    RuleBooks mine = RuleBooks.load(new java.io.StringReader(text), "mine.rules");
    assertThat(mine.all()).extracting(RuleBook::key).containsExactly("EP2127-2027-KA122");
    RuleBooks combined = BOOKS.with(mine);
    assertThat(combined.all()).hasSize(BOOKS.all().size() + 1);
    RuleBook b2027 = combined.get(2027, KeyAction.KA122);
    assertThat(b2027.fileName()).isEqualTo("mine.rules");
    Assessment a =
        b2027.assess(Fixtures.learner(b2027).endDate(Fixtures.START.plusDays(13)).build());
    assertThat(Check.broken(a)).extracting(Finding::ruleId).containsExactly("VET-DURATION-MIN");
    assertThat(Check.broken(a).get(0).message())
        .isEqualTo("LM-SHORT-VET lasts 14 days of physical activity, fewer than the minimum of 15");
    assertThat(combined.get(2026, KeyAction.KA121).fileName()).isEqualTo("EP2127.rules");
  }

  @Test
  void booksAreOrderedByEditionThenKeyAction() {
    String text =
        "programme EP2127\ncalls 2026-2027\nactions KA122 KA121\nsource G27 official Guide 2027 | https://example.org/G27\n";
    RuleBooks mine = RuleBooks.parse(new java.io.StringReader(text), "mine.rules");
    assertThat(mine.all())
        .extracting(RuleBook::key)
        .containsExactly(
            "EP2127-2026-KA121", "EP2127-2026-KA122", "EP2127-2027-KA121", "EP2127-2027-KA122");
    assertThat(mine).hasToString("RuleBooks[EP2127 2026-2027]");
    assertThat(RuleBooks.parse(new java.io.StringReader(text), null).all().get(0).fileName())
        .isEqualTo("rule book");
  }

  @Test
  void theSetNamesItsEditionsWhenABookIsMissing() {
    assertThat(BOOKS)
        .hasToString(
            "RuleBooks[EP1420 2014-2020, EP2127 2021-2026, PILOT2018 2018, PILOT2020 2020]");
    assertThatThrownBy(() -> BOOKS.get(2027, KeyAction.KA122))
        .hasMessageContaining(
            "(this set: EP1420 2014-2020, EP2127 2021-2026, PILOT2018 2018, PILOT2020 2020)");
  }

  @Test
  void anEditionAndKeyActionSelectABook() {
    Edition e2025 = Edition.of(Programme.ERASMUS_2021_2027, 2025);
    assertThat(BOOKS.get(e2025, KeyAction.KA121).key()).isEqualTo("EP2127-2025-KA121");
    assertThat(BOOKS.get(Edition.of(Programme.PILOT_2018, 2018), null).key())
        .isEqualTo("PILOT2018-2018");
    assertThatThrownBy(() -> BOOKS.get(e2025, KeyAction.KA102))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("EP2127-2025 KA102")
        .hasMessageContaining("one of EP1420 2014-2020");
    assertThatThrownBy(() -> BOOKS.get(e2025, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'EP2127-2025'");
    assertThat(BOOKS.get(2025, KeyAction.KA122)).hasToString("EP2127-2025-KA122");
  }

  @Test
  void anAssessmentNamesItsBookAndListsRulesByOutcome() {
    RuleBook b = BOOKS.get(2025, KeyAction.KA122);
    Assessment ok = b.assess(Fixtures.learner(b).build());
    assertThat(ok.isEligible()).isTrue();
    assertThat(ok.ruleBook()).isSameAs(b);
    assertThat(ok.edition()).isEqualTo(b.edition());
    assertThat(ok.rules(Outcome.PASSED)).contains(Rule.VET_DURATION_MIN, Rule.VET_DURATION_MAX);
    assertThat(ok.rules(Outcome.FAILED)).isEmpty();
    // organisations.must_differ for 2025 rests on a single weak source: unconfirmed.
    assertThat(ok.confidence()).isEqualTo(io.github.vetmobility.edition.Confidence.UNCONFIRMED);
    assertThat(ok).hasToString("ELIGIBLE (unconfirmed) under EP2127-2025-KA122");
    Assessment short14 = b.assess(Fixtures.learner(b).endDate(Fixtures.START.plusDays(5)).build());
    assertThat(short14.isEligible()).isFalse();
    assertThat(short14.rules(Outcome.FAILED)).containsExactly(Rule.VET_DURATION_MIN);
    assertThat(short14.rules(Outcome.PASSED)).doesNotContain(Rule.VET_DURATION_MIN);
    assertThat(short14.toString())
        .startsWith(
            "NOT_ELIGIBLE (confirmed) under EP2127-2025-KA122: [VET-DURATION-MIN ERROR endDate: ");
    // Not eligible on a confirmed minimum: the surest error decides.
    assertThat(short14.confidence()).isEqualTo(io.github.vetmobility.edition.Confidence.CONFIRMED);
  }

  @Test
  void aCleanAssessmentIsReusedOnlyForTheSameOutcomes() {
    // A book of its own, so that no other test's assessment is remembered.
    RuleBook b =
        RuleBooks.load(
                new java.io.StringReader(
                    RuleBookText.complete(
                        BOOKS.get(2025, KeyAction.KA122),
                        2025,
                        "activity.SM-TTA.min_days 2025 unknown unknown S1",
                        "activity.SM-JOB-SHDW.min_days 2025 none confirmed S1",
                        "activity.SM-JOB-SHDW.max_days 2025 none confirmed S1")),
                "clean.rules")
            .get(2025, KeyAction.KA122);
    Assessment learner = b.assess(Fixtures.learner(b).build());
    assertThat(learner.outcome(Rule.VET_DURATION_MIN)).isEqualTo(Outcome.PASSED);
    assertThat(b.assess(Fixtures.learner(b).build())).isSameAs(learner);
    Assessment unknown =
        b.assess(
            Fixtures.activity(b, io.github.vetmobility.mobility.ActivityType.SM_TTA, 5).build());
    assertThat(unknown.outcome(Rule.VET_DURATION_MIN)).isEqualTo(Outcome.NOT_EVALUATED);
    assertThat(unknown.unchecked()).extracting(Finding::ruleId).contains("VET-DURATION-MIN");
    Assessment none =
        b.assess(
            Fixtures.activity(b, io.github.vetmobility.mobility.ActivityType.SM_JOB_SHDW, 5)
                .build());
    assertThat(none.outcome(Rule.VET_DURATION_MIN)).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(b.assess(Fixtures.learner(b).build()).outcome(Rule.VET_DURATION_MIN))
        .isEqualTo(Outcome.PASSED);
    assertThat(b.facts()).extracting(Fact::key).contains("activity.LM-SHORT-VET.min_days");
  }

  @Test
  void aProjectCarriesTheOutcomesOfItsMobilities() {
    RuleBook b = BOOKS.get(2025, KeyAction.KA122);
    io.github.vetmobility.project.Project.Builder p =
        io.github.vetmobility.project.Project.builder()
            .reference(Fixtures.reference(2025, KeyAction.KA122))
            .beneficiary(Fixtures.SENDING)
            .startDate(Fixtures.START)
            .endDate(Fixtures.START.plusMonths(12).minusDays(1));
    Assessment passed = b.assess(p.addMobilities(Fixtures.learner(b).build()).build());
    assertThat(passed.outcome(Rule.VET_DURATION_MIN)).isEqualTo(Outcome.PASSED);
    Assessment failed =
        b.assess(
            p.addMobilities(Fixtures.learner(b).endDate(Fixtures.START.plusDays(5)).build())
                .build());
    assertThat(failed.outcome(Rule.VET_DURATION_MIN)).isEqualTo(Outcome.FAILED);
    assertThat(failed.findings())
        .extracting(Finding::field)
        .containsExactly("mobilities[1].endDate");
    Assessment unknown =
        b.assess(
            io.github.vetmobility.project.Project.builder()
                .from(p.build())
                .mobilities(
                    List.of(
                        Fixtures.learner(b)
                            .participant(
                                io.github.vetmobility.participant.Participant.builder()
                                    .category(
                                        io.github.vetmobility.participant.ParticipantCategory
                                            .RECENT_GRADUATE)
                                    .build())
                            .build()))
                .build());
    assertThat(unknown.rules(Outcome.NOT_EVALUATED)).isNotEmpty();
    assertThat(unknown.isComplete()).isFalse();
  }

  @Test
  void factsCitationsAndFindingsPrintThemselves() {
    RuleBook b = BOOKS.get(2025, KeyAction.KA122);
    assertThat(b.fact("activity.SM-COUR-TRAIN.max_days").orElseThrow())
        .hasToString("activity.SM-COUR-TRAIN.max_days 2025-2026 = 10 (confirmed; G25;G26)");
    assertThat(BOOKS.get(2024, KeyAction.KA122).fact("activity.LM-GROUP-VET.available").get())
        .hasToString(
            "activity.LM-GROUP-VET.available 2024 = unknown"
                + " (unknown; vet-rules-2021-2024.md#6;N1;W-ACT)");
    Finding f =
        b.assess(Fixtures.learner(b).endDate(Fixtures.START.plusDays(5)).build()).findings().get(0);
    assertThat(f.citation())
        .hasToString("EP2127-2025 activity.LM-SHORT-VET.min_days: G25;G26 (confirmed)");
    assertThat(f.messageKey()).isEqualTo("io.github.vetmobility.rules.VET-DURATION-MIN");
    assertThat(f.rule()).hasToString("VET-DURATION-MIN");
    assertThat(f.toString())
        .startsWith("VET-DURATION-MIN ERROR endDate: LM-SHORT-VET lasts 6 days");
    Citation basis = Citation.builder().edition(b.edition()).basis("plain logic").build();
    assertThat(basis).hasToString("EP2127-2025: plain logic");
  }

  @Test
  void aCallYearWithoutBooksIsNamedAsTheProblem() {
    assertThatThrownBy(() -> BOOKS.get(2031, KeyAction.KA122))
        .isInstanceOf(io.github.vetmobility.InvalidValueException.class)
        .hasMessageStartingWith("Invalid callYear: got '2031'")
        .hasMessageContaining("EP2127 2021-2026")
        .hasMessageContaining("load a newer call with RuleBooks.load");
    // A year the set has, with an action of another programme: the action is the problem.
    assertThatThrownBy(() -> BOOKS.get(2025, KeyAction.KA102))
        .hasMessageStartingWith("Invalid keyAction");
  }
}
