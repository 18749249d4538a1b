package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.project.Project;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Projects counted one mobility at a time: the same decisions as a project held in a list. */
class ProjectTallyTest {
  private static final RuleBook KA122 = Fixtures.book(2025, KeyAction.KA122);
  private static final RuleBook KA121 = Fixtures.book(2025, KeyAction.KA121);

  // n learners, each starting on its own day; listed (and sequenced) in a shuffled order.
  private static List<Mobility> learnersShuffled(RuleBook b, int n, long seed) {
    List<Mobility> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          Fixtures.learner(b)
              .participant(Participant.of(ParticipantCategory.VET_LEARNER))
              .startDate(Fixtures.START.plusDays(i))
              .endDate(Fixtures.START.plusDays(i + 29))
              .build());
    }
    Collections.shuffle(out, new Random(seed));
    return out;
  }

  private static Project header(RuleBook b) {
    return ProjectRulesTest.project(b).mobilities(List.of()).build();
  }

  private static List<Integer> concerned(RuleBook b, List<Mobility> ms, Rule rule) {
    ProjectTally tally = b.tally(header(b));
    ms.forEach(tally::add);
    ProjectAssessment pa = b.assess(tally);
    List<Integer> days = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      for (Finding f : pa.findings(ProjectTally.Entry.of(i, ms.get(i)))) {
        if (f.rule() == rule) {
          days.add((int) (ms.get(i).startDate().toEpochDay() - Fixtures.START.toEpochDay()));
        }
      }
    }
    return days;
  }

  @Test
  void thirtyKa122ParticipantsPassAndTheThirtyFirstAloneFails() {
    assertThat(concerned(KA122, learnersShuffled(KA122, 30, 1), Rule.VET_KA122_PARTICIPANTS))
        .isEmpty();
    // The 31st by start date (day 30), wherever it is in the list.
    assertThat(concerned(KA122, learnersShuffled(KA122, 31, 2), Rule.VET_KA122_PARTICIPANTS))
        .containsExactly(30);
    assertThat(concerned(KA122, learnersShuffled(KA122, 33, 3), Rule.VET_KA122_PARTICIPANTS))
        .containsExactlyInAnyOrder(30, 31, 32);
  }

  @Test
  void theThirtyFirstIsNotEligibleAndTheProjectSaysWhy() {
    List<Mobility> ms = learnersShuffled(KA122, 31, 4);
    ProjectTally tally = KA122.tally(header(KA122));
    ms.forEach(tally::add);
    ProjectAssessment pa = KA122.assess(tally);
    assertThat(pa.projectFindings())
        .filteredOn(f -> f.rule() == Rule.VET_KA122_PARTICIPANTS)
        .singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("participants", 31));
    for (int i = 0; i < ms.size(); i++) {
      Assessment a = pa.assess(ms.get(i), ProjectTally.Entry.of(i, ms.get(i)));
      boolean last = ms.get(i).startDate().equals(Fixtures.START.plusDays(30));
      assertThat(a.verdict())
          .isEqualTo(last ? Verdict.NOT_ELIGIBLE : KA122.assess(ms.get(i)).verdict());
      assertThat(a.outcome(Rule.VET_KA122_PARTICIPANTS))
          .isEqualTo(last ? Outcome.FAILED : Outcome.NOT_APPLICABLE);
    }
  }

  @Test
  void sameStartDateFallsBackToTheSequence() {
    List<Mobility> ms = new ArrayList<>(ProjectRulesTest.learners(KA122, 31));
    ProjectTally tally = KA122.tally(header(KA122));
    for (int i = 0; i < ms.size(); i++) {
      tally.add(ProjectTally.Entry.of(100 + 2 * i, ms.get(i)));
    }
    ProjectAssessment pa = KA122.assess(tally);
    List<Integer> over = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      if (!pa.findings(ProjectTally.Entry.of(100 + 2 * i, ms.get(i))).isEmpty()) {
        over.add(i);
      }
    }
    assertThat(over).containsExactly(30);
  }

  @Test
  void ranksForOrganisationalSupportFollowStartDatesNotTheList() {
    List<Mobility> ms = learnersShuffled(KA121, 101, 5);
    ProjectTally tally = KA121.tally(header(KA121));
    ms.forEach(tally::add);
    ProjectAssessment pa = KA121.assess(tally);
    for (int i = 0; i < ms.size(); i++) {
      ProjectTally.Entry e = ProjectTally.Entry.of(i, ms.get(i));
      int day = (int) (ms.get(i).startDate().toEpochDay() - Fixtures.START.toEpochDay());
      if (day < 100) {
        assertThat(pa.participantRank(e)).hasValue(day + 1);
        assertThat(pa.afterHundredth(e)).isFalse();
      } else {
        assertThat(pa.participantRank(e)).isEmpty();
        assertThat(pa.afterHundredth(e)).isTrue();
      }
    }
    assertThat(pa.assessment().findings()).noneMatch(f -> f.rule() == Rule.VET_KA122_PARTICIPANTS);
  }

  @Test
  void accompanyingPersonsAreNotRankedAndUnknownEntriesAreRefused() {
    Mobility companion =
        Fixtures.learner(KA121)
            .participant(Participant.of(ParticipantCategory.ACCOMPANYING_PERSON))
            .build();
    Mobility learner = Fixtures.learner(KA121).build();
    ProjectTally tally = KA121.tally(header(KA121)).add(companion).add(learner);
    assertThat(tally.size()).isEqualTo(2);
    ProjectAssessment pa = KA121.assess(tally);
    assertThat(pa.participantRank(ProjectTally.Entry.of(0, companion))).isEmpty();
    assertThat(pa.afterHundredth(ProjectTally.Entry.of(0, companion))).isFalse();
    assertThat(pa.participantRank(ProjectTally.Entry.of(1, learner))).hasValue(1);
    assertThatThrownBy(() -> pa.participantRank(ProjectTally.Entry.of(0, learner)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tally.add(learner)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sequencesMustIncrease() {
    Mobility m = Fixtures.learner(KA121).build();
    ProjectTally tally = KA121.tally(header(KA121)).add(ProjectTally.Entry.of(5, m));
    assertThatThrownBy(() -> tally.add(ProjectTally.Entry.of(5, m)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void preparatoryVisitsAreCountedPerHostAndStart() {
    Mobility prep = Fixtures.activity(KA121, ActivityType.PREP_VISIT, 2).build();
    ProjectTally tally = KA121.tally(header(KA121));
    for (int i = 0; i < 4; i++) {
      tally.add(prep);
    }
    ProjectAssessment pa = KA121.assess(tally);
    assertThat(pa.assessment().outcome(Rule.VET_PREP_VISIT_SIZE)).isEqualTo(Outcome.FAILED);
    // The 4th person (sequence 3) carries it; the project's own findings do not.
    assertThat(pa.findings(ProjectTally.Entry.of(3, prep)))
        .extracting(Finding::rule)
        .containsExactly(Rule.VET_PREP_VISIT_SIZE);
    assertThat(pa.findings(ProjectTally.Entry.of(2, prep))).isEmpty();
    assertThat(pa.projectFindings()).noneMatch(f -> f.rule() == Rule.VET_PREP_VISIT_SIZE);
  }

  @Test
  void withoutBeneficiaryItsRulesAreWarnings() {
    Project p =
        Project.builder().from(header(KA121)).beneficiary(java.util.Optional.empty()).build();
    Assessment a = KA121.assess(p);
    assertThat(a.outcome(Rule.VET_KA121_ACCREDITATION)).isEqualTo(Outcome.NOT_EVALUATED);
    assertThat(a.outcome(Rule.VET_PROJECT_APPLICANT)).isEqualTo(Outcome.NOT_EVALUATED);
    assertThat(a.unchecked()).extracting(Finding::field).contains("beneficiary");
    assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_WARNINGS);
  }

  /** A tally gives the same findings, mobility by mobility, as the project held in a list. */
  @Property(tries = 40)
  void tallyAgreesWithTheProjectInAList(
      @ForAll @IntRange(min = 0, max = 40) int learners,
      @ForAll @IntRange(min = 0, max = 6) int preps,
      @ForAll long seed) {
    List<Mobility> ms = new ArrayList<>(learnersShuffled(KA122, learners, seed));
    Mobility prep = Fixtures.activity(KA122, ActivityType.PREP_VISIT, 2).build();
    for (int i = 0; i < preps; i++) {
      ms.add(new Random(seed + i).nextInt(ms.size() + 1), prep);
    }
    Project listed = ProjectRulesTest.project(KA122).mobilities(ms).build();
    Assessment whole = KA122.assess(listed);
    ProjectTally tally = KA122.tally(header(KA122));
    ms.forEach(tally::add);
    ProjectAssessment pa = KA122.assess(tally);
    List<String> fromTally = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      for (Finding f : pa.findings(ProjectTally.Entry.of(i, ms.get(i)))) {
        fromTally.add(f.ruleId() + "@" + f.field());
      }
    }
    List<String> fromList =
        whole.findings().stream()
            .filter(f -> f.rule().level() == Rule.Level.PROJECT)
            .filter(f -> ProjectAssessment.sequenceOf(f) >= 0)
            .map(f -> f.ruleId() + "@" + f.field())
            .collect(Collectors.toList());
    assertThat(fromTally).containsExactlyInAnyOrderElementsOf(fromList);
  }

  @Test
  void entryFromPartsIsTheEntryOfTheMobility() {
    Mobility m = learnersShuffled(KA122, 1, 1).get(0);
    assertThat(
            ProjectTally.Entry.of(
                7,
                m.activityType(),
                m.participant().category(),
                m.startDate(),
                m.participant().id(),
                m.sending(),
                m.receiving()))
        .isEqualTo(ProjectTally.Entry.of(7, m));
  }

  // A project described after its mobilities were added: the rules read the new description.
  @Test
  void describedLaterTheRulesReadTheNewDescription() {
    Project bare = Project.builder().reference(header(KA122).reference()).build();
    ProjectTally unknown = KA122.tally(bare);
    ProjectTally described = KA122.tally(bare);
    ProjectTally known = KA122.tally(header(KA122));
    for (Mobility m : learnersShuffled(KA122, 3, 2)) {
      unknown.add(m);
      described.add(m);
      known.add(m);
    }
    described.describe(header(KA122));
    assertThat(KA122.assess(unknown).assessment().findings())
        .anyMatch(f -> "beneficiary".equals(f.field()) || f.isUnchecked());
    assertThat(KA122.assess(described).assessment().findings())
        .isEqualTo(KA122.assess(known).assessment().findings());
    assertThatThrownBy(() -> described.describe(header(KA122)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> unknown.describe(header(KA121)))
        .isInstanceOf(io.github.vetmobility.InvalidValueException.class);
  }
}
