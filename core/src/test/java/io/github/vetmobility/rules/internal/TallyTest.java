package io.github.vetmobility.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.participant.ParticipantCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rank heaps grow as keys come, up to their bound: below, at and above the bounds (100 ranks
 * per activity type, a KA122 cap of 30) they give the ranks that sorting every key gives.
 */
class TallyTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  // Keys in a shuffled order, some on the same start date (then the sequence decides).
  private static long[] keys(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      keys[i] = Tally.key(DAY.plusDays(random.nextInt(1 + count / 3)), i);
    }
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      long t = keys[i];
      keys[i] = keys[j];
      keys[j] = t;
    }
    return keys;
  }

  @ParameterizedTest(name = "{1} keys, bound {0}")
  @CsvSource({
    "100, 0",
    "100, 1",
    "100, 2",
    "100, 3",
    "100, 99",
    "100, 100",
    "100, 101",
    "100, 250",
    "30, 1",
    "30, 29",
    "30, 30",
    "30, 31",
    "30, 95",
    "1, 1",
    "1, 5"
  })
  void grownHeapsRankLikeSortingEveryKey(int bound, int count) {
    long[] keys = keys(count, 17L * bound + count);
    Tally.Smallest heap = new Tally.Smallest(bound);
    assertThat(heap.capacity()).isLessThanOrEqualTo(Tally.Smallest.FIRST);
    for (int i = 0; i < count; i++) {
      heap.add(keys[i]);
      // Never more room than twice the keys kept, never more than the bound.
      assertThat(heap.capacity())
          .isGreaterThanOrEqualTo(heap.size())
          .isLessThanOrEqualTo(Math.max(Tally.Smallest.FIRST, Math.min(bound, 2 * heap.size())));
    }
    assertThat(heap.size()).isEqualTo(Math.min(bound, count));
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    for (int r = 0; r < count; r++) {
      assertThat(heap.rankOf(sorted[r])).as("rank %d", r + 1).isEqualTo(r < bound ? r + 1 : 0);
    }
    // A key below every key kept was never added; one above them all is after the bound, if full.
    assertThat(heap.rankOf(Tally.key(DAY.minusDays(1), 0))).isEqualTo(-1);
    assertThat(heap.rankOf(Tally.key(DAY.plusYears(1), 0))).isEqualTo(count >= bound ? 0 : -1);
  }

  @ParameterizedTest(name = "{0} learners, cap 30")
  @CsvSource({"1", "29", "30", "31", "120"})
  void aFrozenTallyRanksEveryParticipantAndKnowsWhoIsBeyondTheCap(int count) {
    Tally tally = new Tally(30, 32);
    long[] keys = new long[count];
    SplittableRandom random = new SplittableRandom(count);
    for (int i = 0; i < count; i++) {
      LocalDate start = DAY.plusDays(random.nextInt(40));
      keys[i] = Tally.key(start, i);
      tally.add(
          i,
          ActivityType.LM_SHORT_VET,
          ParticipantCategory.VET_LEARNER,
          start,
          null,
          "E1000000" + (i % 7),
          "host",
          "E10000099");
    }
    tally.freeze();
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    List<Integer> beyond = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      assertThat(tally.rank(ActivityType.LM_SHORT_VET, sorted[r]))
          .isEqualTo(r < Tally.EXACT_RANKS ? r + 1 : 0);
      if (tally.beyondCap(sorted[r])) {
        beyond.add(r);
      }
    }
    assertThat(beyond).hasSize(Math.max(0, count - 30));
    assertThat(beyond).allMatch(r -> r >= 30);
    assertThat(tally.rank(ActivityType.SM_TTA, sorted[0])).isEqualTo(-1);
    assertThat(tally.participants()).isEqualTo(count);
  }

  @ParameterizedTest(name = "one {0}")
  @CsvSource({"LM_SHORT_VET", "SM_COUR_TRAIN", "PREP_VISIT"})
  void aOneRowTallyMakesOnlyWhatItsActivityNeeds(ActivityType activity) {
    Tally tally = new Tally(0, 32);
    tally.add(0, activity, ParticipantCategory.STAFF, DAY, null, "E10000001", "host", "E10000002");
    tally.freeze();
    assertThat(tally.courses()).hasSize(activity == ActivityType.SM_COUR_TRAIN ? 1 : 0);
    assertThat(tally.prepVisits()).hasSize(activity == ActivityType.PREP_VISIT ? 1 : 0);
    assertThat(tally.prepHosts()).hasSize(activity == ActivityType.PREP_VISIT ? 1 : 0);
    assertThat(tally.hostsOther("E10000001")).isEqualTo(activity == ActivityType.LM_SHORT_VET);
    assertThat(tally.hostsCourses("E10000001")).isEqualTo(activity == ActivityType.SM_COUR_TRAIN);
    assertThat(tally.rank(activity, Tally.key(DAY, 0))).isEqualTo(1);
    assertThat(tally.beyondCap(Tally.key(DAY, 0))).isFalse();
  }

  @ParameterizedTest(name = "at most {0} hosts remembered, hosts {1}")
  @CsvSource({
    "0, '', true",
    "0, A, false",
    "1, A A A, true",
    "1, A B, false",
    "3, A B A C A, true",
    "3, A B C D, false",
    "3, A B C D A, false",
    "32, A B C D E F, true"
  })
  void hostsOfOtherActivitiesAreRememberedUpToTheirBound(int cap, String hosts, boolean complete) {
    Tally tally = new Tally(0, cap);
    String[] names = hosts.isEmpty() ? new String[0] : hosts.split(" ");
    for (int i = 0; i < names.length; i++) {
      tally.add(
          i,
          ActivityType.SM_JOB_SHDW,
          ParticipantCategory.STAFF,
          DAY,
          null,
          names[i],
          names[i],
          "S");
    }
    tally.freeze();
    assertThat(tally.hostsComplete()).isEqualTo(complete);
    // The first distinct hosts up to the bound are known, the others not.
    List<String> distinct = new ArrayList<>();
    for (String n : names) {
      if (!distinct.contains(n)) {
        distinct.add(n);
      }
    }
    for (int i = 0; i < distinct.size(); i++) {
      assertThat(tally.hostsOther(distinct.get(i))).as(distinct.get(i)).isEqualTo(i < cap);
    }
    assertThat(tally.hostsOther("Z")).isFalse();
    assertThat(tally.hostsCourses("A")).isFalse();
  }
}
