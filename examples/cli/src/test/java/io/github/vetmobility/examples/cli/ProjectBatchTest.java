package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch is a set of projects: core's project rules and ranks reach the rows. */
class ProjectBatchTest {
  private static final String HEADER =
      "mobility_id,project_reference,activity_type,participant_category,fewer_opportunities,"
          + "start_date,end_date,travel_days,green_travel,sending_oid,sending_country,sending_city,"
          + "receiving_oid,receiving_country,receiving_city,distance_km,accompanying_person\n";
  private static final String KA122 = "2024-1-IT01-KA122-VET-000123456";
  private static final String KA121 = "2024-1-IT01-KA121-VET-000654321";
  private static final LocalDate START = LocalDate.of(2025, 3, 1);

  @TempDir Path dir;

  // Participant i starts on day i; the rows are shuffled, so file order is not start order.
  private static List<String> rows(String reference, String activity, String category, int n) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate start = START.plusDays(i);
      int days = activity.equals("LM-SHORT-VET") ? 30 : 5;
      rows.add(
          String.join(
              ",",
              "P" + i,
              reference,
              activity,
              category,
              "no",
              start.toString(),
              start.plusDays(days - 1L).toString(),
              "2",
              "false",
              "E10000001",
              "IT",
              "Roma",
              "E10000002",
              "ES",
              "Madrid",
              "1400",
              "false"));
    }
    Collections.shuffle(rows, new Random(n));
    return rows;
  }

  private Path file(String name, List<String> rows) throws IOException {
    return Files.writeString(dir.resolve(name), HEADER + String.join("\n", rows) + "\n");
  }

  private static List<String> lines(String jsonl) {
    return jsonl.lines().collect(Collectors.toList());
  }

  private static String id(String line) {
    Matcher m = Pattern.compile("\"mobility_id\":\"([^\"]*)\"").matcher(line);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static List<String> idsWith(String jsonl, String rule) {
    return lines(jsonl).stream()
        .filter(l -> l.contains("\"rule\":\"" + rule + "\""))
        .map(ProjectBatchTest::id)
        .collect(Collectors.toList());
  }

  @Test
  void thirtyKa122ParticipantsAreEligible() throws IOException {
    Run r =
        Run.of(
            "check",
            "-o",
            "jsonl",
            file("a.csv", rows(KA122, "LM-SHORT-VET", "learner", 30)).toString());
    assertThat(lines(r.out())).hasSize(30);
    assertThat(idsWith(r.out(), "VET-KA122-PARTICIPANTS")).isEmpty();
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void theThirtyFirstKa122ParticipantAloneIsNotEligible() throws IOException {
    Run r =
        Run.of(
            "check",
            "-o",
            "jsonl",
            file("a.csv", rows(KA122, "LM-SHORT-VET", "learner", 31)).toString());
    assertThat(lines(r.out())).hasSize(31);
    // The 31st by start date, P30, wherever it stands in the file.
    assertThat(idsWith(r.out(), "VET-KA122-PARTICIPANTS")).containsExactly("P30");
    String p30 = lines(r.out()).stream().filter(l -> id(l).equals("P30")).findFirst().get();
    assertThat(p30).contains("\"verdict\":\"NOT_ELIGIBLE\"").contains("\"total\":0.00");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void theHundredAndFirstKa121ParticipantByStartDateGetsTheLowerRateAcrossFiles()
      throws IOException {
    List<String> all = rows(KA121, "SM-JOB-SHDW", "staff", 101);
    Path a = file("a.csv", all.subList(0, 50));
    Path b = file("b.csv", all.subList(50, 101));
    Run r = Run.of("check", "-o", "jsonl", b.toString(), a.toString());
    assertThat(lines(r.out())).hasSize(101);
    List<String> lower =
        lines(r.out()).stream()
            .filter(l -> l.contains("\"organisational_support\":200.00"))
            .map(ProjectBatchTest::id)
            .collect(Collectors.toList());
    assertThat(lower).containsExactly("P100");
    assertThat(lines(r.out()).stream().filter(l -> l.contains("\"organisational_support\":350.00")))
        .hasSize(100);
  }

  @Test
  void aHundredKa121ParticipantsAllGetTheFirstRate() throws IOException {
    Run r =
        Run.of(
            "check",
            "-o",
            "jsonl",
            file("a.csv", rows(KA121, "SM-JOB-SHDW", "staff", 100)).toString());
    assertThat(lines(r.out()))
        .hasSize(100)
        .allMatch(l -> l.contains("\"organisational_support\":350.00"));
  }

  @Test
  void aRowWithoutProjectReferenceIsAssessedAloneWithARange() throws IOException {
    List<String> rows = rows(KA121, "SM-JOB-SHDW", "staff", 1);
    rows.set(0, rows.get(0).replace(KA121, ""));
    Path f = file("c.csv", rows);
    Run r = Run.of("check", "-o", "jsonl", "--call", "EP2127-2024-KA121", f.toString());
    assertThat(lines(r.out())).hasSize(1);
    assertThat(r.out())
        .contains("\"organisational_support\":null")
        .contains("rank in the project not given");
  }

  @Test
  void preparatoryVisitRulesRunInABatch() throws IOException {
    // Call 2025: the Guide's numbers for preparatory visits are known.
    List<String> rows =
        new ArrayList<>(rows("2025-1-IT01-KA121-VET-000654321", "PREP-VISIT", "staff", 1));
    // Four persons on the same visit (same host, same day): the 4th is one too many.
    String visit = rows.get(0);
    rows.clear();
    for (int i = 0; i < 4; i++) {
      rows.add(visit.replaceFirst("^P0", "V" + i));
    }
    // A second visit to the same host on another day: one visit per host.
    rows.add(
        visit
            .replaceFirst("^P0", "W")
            .replace("2025-03-01", "2025-04-01")
            .replace("2025-03-05", "2025-04-05"));
    Run r = Run.of("check", "-o", "jsonl", file("p.csv", rows).toString());
    assertThat(lines(r.out())).hasSize(5);
    assertThat(idsWith(r.out(), "VET-PREP-VISIT-SIZE")).containsExactly("V3");
    assertThat(idsWith(r.out(), "VET-PREP-PER-HOST")).containsExactly("W");
  }

  @Test
  void projectsGoToTheirOwnOutputAndTheTextReportHasASection() throws IOException {
    Path in = file("a.csv", rows(KA122, "LM-SHORT-VET", "learner", 31));
    Path projects = dir.resolve("projects.jsonl");
    Run r = Run.of("check", "-o", "jsonl", "--projects", projects.toString(), in.toString());
    assertThat(lines(r.out())).hasSize(31);
    List<String> records = Files.readAllLines(projects);
    assertThat(records).hasSize(1);
    assertThat(records.get(0))
        .startsWith("{\"project_reference\":\"" + KA122 + "\"")
        .contains("\"rows\":31,\"rows_with_project_findings\":1,\"verdict\":\"NOT_ELIGIBLE\"")
        .contains("31 participants, more than the KA122 maximum of 30");
    Path csv = dir.resolve("projects.csv");
    Run.of("check", "-o", "jsonl", "--projects", csv.toString(), in.toString());
    assertThat(Files.readAllLines(csv))
        .hasSize(2)
        .first()
        .asString()
        .startsWith("project_reference,");

    Run text = Run.of("check", "-o", "text", in.toString());
    assertThat(text.out())
        .contains("\nProjects\nproject " + KA122 + "  NOT_ELIGIBLE")
        .contains("Projects: 1, 1 with project findings; 1 row carries a project finding");
  }

  @Test
  void standardInputIsReadTwiceThroughATemporaryFile() throws IOException {
    String csv = HEADER + String.join("\n", rows(KA122, "LM-SHORT-VET", "learner", 31)) + "\n";
    Run r = Run.of(csv, false, "check", "-o", "jsonl", "-");
    assertThat(lines(r.out())).hasSize(31);
    assertThat(idsWith(r.out(), "VET-KA122-PARTICIPANTS")).containsExactly("P30");
  }

  // The rows of a KA122 project with project columns: beneficiary, and dates (index i: row i).
  private Path withProjectColumns(String... projectStarts) throws IOException {
    List<String> rows = rows(KA122, "LM-SHORT-VET", "learner", projectStarts.length);
    rows.sort(null);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      out.add(rows.get(i) + ",E10000001,IT," + projectStarts[i] + ",2025-08-31");
    }
    String header =
        HEADER.strip() + ",beneficiary_oid,beneficiary_country,project_start,project_end\n";
    return Files.writeString(dir.resolve("p.csv"), header + String.join("\n", out) + "\n");
  }

  @Test
  void projectColumnsGiveTheRulesTheBeneficiaryAndTheDates() throws IOException {
    Path projects = dir.resolve("projects.jsonl");
    Run r =
        Run.of(
            "check",
            "-o",
            "jsonl",
            "--projects",
            projects.toString(),
            withProjectColumns("2024-09-01", "", "2024-09-01").toString());
    assertThat(r.exitCode()).isZero();
    String project = Files.readString(projects);
    // Without the columns the project warns that beneficiary and dates are not given.
    assertThat(project)
        .contains("\"verdict\":\"ELIGIBLE\"")
        .doesNotContain("VET-PROJECT-APPLICANT")
        .doesNotContain("VET-KA122-DURATION")
        .doesNotContain("not given");
  }

  @Test
  void rowsThatDisagreeOnTheProjectAreAFindingNamingValuesAndLines() throws IOException {
    Path projects = dir.resolve("projects.jsonl");
    Path batch = withProjectColumns("2024-09-01", "2024-09-01", "2024-10-01");
    Run r = Run.of("check", "-o", "jsonl", "--projects", projects.toString(), batch.toString());
    assertThat(lines(r.out())).hasSize(3);
    String project = Files.readString(projects);
    assertThat(project)
        .contains("\"verdict\":\"INVALID_INPUT\"")
        .contains("\"rule\":\"INPUT-PROJECT\"")
        .contains("\"field\":\"project_start\"")
        .contains("disagree on project_start: '2024-09-01' (line 2) and '2024-10-01' (line 4)")
        // Neither date is used: the rule that needs it says so instead of picking one.
        .contains("VET-KA122-DURATION could not be checked: startDate is not given");
    assertThat(r.exitCode()).isEqualTo(1);
    // Without the project output the rows are the same, and the invalid project still fails the
    // run.
    Run alone = Run.of("check", "-o", "jsonl", batch.toString());
    assertThat(alone.out()).isEqualTo(r.out());
    assertThat(alone.exitCode()).isEqualTo(1);
  }

  @Test
  void aBadProjectCellMakesItsRowInvalidInput() throws IOException {
    Run r =
        Run.of(
            "check",
            "-o",
            "jsonl",
            withProjectColumns("2024-09-01", "2024-13-01", "2024-09-01").toString());
    List<String> out = lines(r.out());
    assertThat(out.get(1))
        .contains("\"verdict\":\"INVALID_INPUT\"")
        .contains("\"field\":\"project_start\"")
        .contains("2024-13-01");
    assertThat(out.get(0)).doesNotContain("INVALID_INPUT");
  }
}
