package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checker says what it could not check, how sure it is, and what the engine reads. */
class HonestVerdictsTest {
  static final String HEADER = CheckCommandTest.HEADER;

  // Tirana to Bologna under the 2018 pilot, whose durations are unknown.
  static String pilotRow(String id, String start, String end) {
    return id
        + ",,LM-SHORT-VET,learner,no,"
        + start
        + ","
        + end
        + ",0,false,E10000003,AL,Tirana,E10000004,IT,Bologna,600,no";
  }

  static String pilot(String... rows) {
    return HEADER + ",call_year\n" + String.join(",PILOT2018-2018\n", rows) + ",PILOT2018-2018\n";
  }

  @ParameterizedTest(name = "VET-DURATION-MIN/MAX unknown for the pilot: {0} to {1}")
  @CsvSource({"2021-06-01,2021-06-01", "2021-06-01,2022-07-05"})
  void aPilotStayOfUnknownLimitsIsNeverPlainEligible(String start, String end) {
    Run run = Run.of(pilot(pilotRow("P-1", start, end)), false, "check", "-o", "jsonl", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"verdict\":\"ELIGIBLE_WITH_WARNINGS\"")
        .contains("\"confidence\":\"unknown\"")
        .contains("\"rule\":\"VET-DURATION-MIN\",\"severity\":\"WARNING\"")
        .contains("\"rule\":\"VET-DURATION-MAX\",\"severity\":\"WARNING\"")
        .contains("activity.LM-SHORT-VET.min_days for PILOT2018-2018 is unknown");
  }

  @Test
  void strictMakesAnUncheckedRuleAnError() {
    String in = pilot(pilotRow("P-1", "2021-06-01", "2021-06-28"));
    Run lenient = Run.of(in, false, "check", "-o", "jsonl", "-");
    Run strict = Run.of(in, false, "check", "-o", "jsonl", "--strict", "-");
    assertThat(lenient.out()).contains("\"verdict\":\"ELIGIBLE_WITH_WARNINGS\"");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out())
        .contains("\"verdict\":\"NOT_ELIGIBLE\"")
        .contains("\"rule\":\"VET-DURATION-MIN\",\"severity\":\"ERROR\"");
  }

  @Test
  void everyAssessedRowStatesItsConfidenceAndOthersNone() {
    Run run =
        Run.of(
            HEADER + "\n" + CheckCommandTest.ELIGIBLE_ROW + "\nM-2,,LM-SHORT-VET\n",
            false,
            "check",
            "-o",
            "jsonl",
            "-");
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(CheckCommandTest.keys(lines[0])).contains("confidence");
    assertThat(lines[0])
        .containsPattern("\"confidence\":\"(confirmed|secondary|inferred|unconfirmed)\"");
    assertThat(lines[1]).contains("\"verdict\":\"INVALID_INPUT\"").contains("\"confidence\":null");
    Run text =
        Run.of(
            HEADER + "\n" + CheckCommandTest.ELIGIBLE_ROW + "\n", false, "check", "-o", "csv", "-");
    assertThat(text.out().lines().findFirst().orElseThrow()).endsWith(",grant_lines,confidence");
  }

  @ParameterizedTest(name = "VET-DURATION-MIN, fewer opportunities, {0} days, justified {1}: {2}")
  @CsvSource({
    "1,true,NOT_ELIGIBLE",
    "2,true,ELIGIBLE",
    "2,false,NOT_ELIGIBLE",
    "3,true,ELIGIBLE",
    "9,false,NOT_ELIGIBLE",
    "10,false,ELIGIBLE"
  })
  void aJustifiedShortStayIsJudgedAsTheApiJudgesIt(int days, boolean justified, String verdict) {
    String end = java.time.LocalDate.of(2025, 3, 3).plusDays(days - 1L).toString();
    String row =
        "M-1,2024-1-IT01-KA122-VET-000123456,LM-SHORT-VET,learner,yes,2025-03-03,"
            + end
            + ",0,false,E10208308,IT,Bologna,E10000004,ES,Sevilla,1545.64,no,"
            + justified;
    Run run =
        Run.of(HEADER + ",short_stay_justified\n" + row + "\n", false, "check", "-o", "jsonl", "-");
    assertThat(run.out()).contains("\"verdict\":\"" + verdict + "\"");
  }

  @Test
  void anUnknownColumnIsReportedOnceAndIgnored() {
    String in =
        HEADER
            + ",notes\n"
            + CheckCommandTest.ELIGIBLE_ROW
            + ",see file\n"
            + CheckCommandTest.ELIGIBLE_ROW.replace("M-1", "M-2")
            + ",\n";
    Run run = Run.of(in, false, "check", "-o", "jsonl", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().split("\n")).hasSize(2);
    assertThat(run.err()).contains("ignoring unknown column(s) notes");
    assertThat(run.err().split("ignoring", -1)).hasSize(2);
    assertThat(run.err()).doesNotContain("Usage");
  }

  @Test
  void aMissingColumnIsADataErrorWithoutTheUsage() {
    Run run =
        Run.of(
            "mobility_id,activity_type\nM-1,LM-SHORT-VET\n",
            false,
            "check",
            "--format",
            "canonical",
            "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("missing column(s)").doesNotContain("Usage");
  }

  @Test
  void theStaffLinkAndGroupColumnsReachTheEngine() {
    String staff =
        "S-1,2025-1-IT01-KA122-VET-000123456,SM-JOB-SHDW,staff,no,2025-03-03,2025-03-07,0,false,"
            + "E10208308,IT,Bologna,E10000004,ES,Sevilla,1545.64,no,";
    Run linked =
        Run.of(HEADER + ",staff_link\n" + staff + "employed\n", false, "check", "-o", "jsonl", "-");
    Run none =
        Run.of(HEADER + ",staff_link\n" + staff + "none\n", false, "check", "-o", "jsonl", "-");
    Run bad =
        Run.of(HEADER + ",staff_link\n" + staff + "friend\n", false, "check", "-o", "jsonl", "-");
    assertThat(linked.out()).doesNotContain("VET-STAFF-LINK");
    assertThat(none.out()).contains("\"rule\":\"VET-STAFF-LINK\",\"severity\":\"ERROR\"");
    assertThat(bad.out())
        .contains("\"verdict\":\"INVALID_INPUT\"")
        .contains("\"field\":\"staff_link\"");
  }

  @Test
  void anAccreditationNeedsItsFirstDay() {
    String row = CheckCommandTest.ELIGIBLE_ROW + ",2021-1-IT01-KA120-VET-000012345,";
    Run run =
        Run.of(
            HEADER + ",sending_accreditation,sending_accreditation_from\n" + row + "\n",
            false,
            "check",
            "-o",
            "jsonl",
            "-");
    assertThat(run.out())
        .contains("\"verdict\":\"INVALID_INPUT\"")
        .contains("\"field\":\"sending_accreditation_from\"");
  }

  @Test
  void aSparseRuleBookIsRefusedWithItsMissingKeys(@TempDir Path dir) throws IOException {
    Path rules = dir.resolve("mine.rules");
    Files.writeString(
        rules,
        "programme EP2127\ncalls 2027\nactions KA122\nsource G27 official Guide 2027 | https://example.org/G27\n"
            + "activity.LM-SHORT-VET.available 2027 yes confirmed G27\n"
            + "activity.LM-SHORT-VET.min_days 2027 10 confirmed G27\n"
            + "travel_days.max_standard 2027 2 confirmed G27\n");
    Run run =
        Run.of(
            HEADER + "\n" + CheckCommandTest.ELIGIBLE_ROW + "\n",
            false,
            "check",
            "--rules",
            rules.toString(),
            "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("mine.rules")
        .contains("call 2027: ")
        .contains("travel_days.max_green")
        .doesNotContain("Usage");
    assertThat(run.out()).isEmpty();
  }
}
