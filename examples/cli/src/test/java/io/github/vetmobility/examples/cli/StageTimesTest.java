package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageTimesTest {
  private static final String SAMPLE = SharedFiles.sample("vet-mobilities-sample.csv").toString();

  @Test
  void sumsEachStageAndDividesByTheRows() {
    StageTimes t = new StageTimes(true);
    long since = t.cpu();
    long spin = 0;
    for (int i = 0; i < 5_000_000; i++) {
      spin += i % 7;
    }
    t.add(StageTimes.Stage.CHECK, since);
    assertThat(spin).isPositive();
    assertThat(t.of(StageTimes.Stage.CHECK)).isPositive();
    assertThat(t.of(StageTimes.Stage.READ)).isZero();
    assertThat(t.describe(1000))
        .startsWith("processor time by stage: read 0.00 s (0.00 µs/row), map 0.00 s")
        .containsPattern("check \\d+\\.\\d\\d s \\(\\d+\\.\\d\\d µs/row\\)")
        .containsPattern("; wall \\d+\\.\\d\\d s\n")
        .containsPattern(
            "\nthe JVM besides: garbage collection \\d+\\.\\d\\d s in \\d+ collections");
    assertThat(t.describe(0)).doesNotContain("µs/row");
  }

  @Test
  void clocksThatAreOffReadZero() {
    StageTimes off = new StageTimes(false);
    assertThat(off.cpu()).isZero();
    off.add(StageTimes.Stage.MAP, off.cpu());
    assertThat(off.of(StageTimes.Stage.MAP)).isZero();
  }

  @Test
  void aCheckWithTimingsEndsWithTheStagesOnStandardError() {
    Run r = Run.of("check", "--timings", "--exit-zero", "-o", "jsonl", SAMPLE);
    assertThat(r.exitCode()).isZero();
    assertThat(r.errBesidesSummary().strip())
        .matches(
            "processor time by stage: read .* map .* check .* report .* total .*; wall \\d+\\.\\d\\d s"
                + " \\(first pass \\d+\\.\\d\\d s, second \\d+\\.\\d\\d s\\)\\R"
                + "the JVM besides: garbage collection .*");
    assertThat(Run.of("check", "--exit-zero", "-o", "jsonl", SAMPLE).errBesidesSummary()).isEmpty();
  }
}
