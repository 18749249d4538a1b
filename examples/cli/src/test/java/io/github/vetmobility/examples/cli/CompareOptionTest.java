package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code check --compare E}: the same rows under another edition, and what would change. */
class CompareOptionTest {
  @Test
  void thePilotsWesternBalkansRowsUnderCall2026Ka121() {
    Run run = Run.of("check", "--compare", "EP2127-2026-KA121", CheckCommandTest.SAMPLE);
    assertThat(run.exitCode()).isZero();
    String out = run.out();
    assertThat(out).startsWith("vetmobility-cli ").contains(": compare with EP2127-2026-KA121\n");
    // An Albanian sender: fundable under the pilot, not under call 2026 (AL not associated).
    assertThat(out)
        .contains(
            "(IWB-001): PILOT2018-2018 ELIGIBLE_WITH_WARNINGS -> EP2127-2026-KA121 NOT_ELIGIBLE"
                + " (verdict changes)\n    + ERROR VET-FLOW-BENEFICIARY: The sending"
                + " organisation is in AL (third_country_not_associated)");
    assertThat(out).contains("grant total: unknown -> EUR 0.00");
    assertThat(out).containsPattern("\\n[0-9]+ row\\(s\\) compared with EP2127-2026-KA121; [0-9]+");
  }

  @Test
  void anUnknownEditionIsAUsageError() {
    Run run = Run.of("check", "--compare", "EP2127-1999", CheckCommandTest.SAMPLE);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--compare");
  }

  @Test
  void standardInputIsReadAsAFileIs() throws java.io.IOException {
    String csv = java.nio.file.Files.readString(java.nio.file.Path.of(CheckCommandTest.SAMPLE));
    Run file = Run.of("check", "--compare", "EP2127-2026-KA121", CheckCommandTest.SAMPLE);
    Run stdin = Run.of(csv, false, "check", "--compare", "EP2127-2026-KA121", "-");
    assertThat(stdin.exitCode()).as(stdin.err()).isEqualTo(file.exitCode());
    assertThat(stdin.out()).isEqualTo(file.out());
    Run empty = Run.of("", false, "check", "--compare", "EP2127-2026-KA121", "-");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("standard input: no header line");
  }
}
