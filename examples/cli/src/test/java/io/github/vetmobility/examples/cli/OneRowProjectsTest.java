package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.examples.cli.check.Projects;
import io.github.vetmobility.examples.cli.check.RowChecker;
import io.github.vetmobility.examples.cli.csv.CsvReader;
import io.github.vetmobility.examples.cli.csv.CsvRecord;
import io.github.vetmobility.examples.cli.input.CanonicalColumn;
import io.github.vetmobility.examples.cli.input.InputFormat;
import io.github.vetmobility.examples.cli.input.RowMapper;
import io.github.vetmobility.examples.cli.report.ProjectResult;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A one-row project that the first pass keeps as a few numbers and the second pass decides when it
 * checks the row gives the row the same report as a tallied project, and so does a project whose
 * second row comes later (its first row then rebuilt from those numbers, or kept whole).
 */
class OneRowProjectsTest {
  private static final RowChecker CHECKER = RowChecker.create(null, null);
  private static final RowChecker STRICT = RowChecker.create(null, null, List.of(), true);
  private static final LocalDate START = LocalDate.of(2025, 3, 2);

  @TempDir Path dir;

  // A batch of projects of every size: most references once, some a few times, some many; rows of
  // every activity the tally treats apart, with and without a receiving OID, some stating project
  // facts (now and then two rows of a project disagree), and references of no VET project.
  private static String batch(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    StringJoiner header = new StringJoiner(",");
    for (CanonicalColumn c : CanonicalColumn.values()) {
      header.add(c.header());
    }
    StringBuilder csv = new StringBuilder(header + "\n");
    String[] activities = {"LM-SHORT-VET", "SM-JOB-SHDW", "SM-COUR-TRAIN", "PREP-VISIT"};
    for (int i = 0; i < size; i++) {
      Map<CanonicalColumn, String> row = new EnumMap<>(CanonicalColumn.class);
      int pick = random.nextInt(100);
      String reference;
      if (pick < 35) {
        reference = "2024-1-IT01-KA12" + (1 + pick % 2) + "-VET-" + nine(1 + random.nextInt(12));
      } else if (pick < 90) {
        reference = "2023-1-ES01-KA12" + (1 + pick % 2) + "-VET-" + nine(100 + random.nextInt(400));
      } else if (pick < 94) {
        reference = "2019-1-DE02-KA102-" + String.format("%06d", 1 + random.nextInt(40));
      } else if (pick < 97) {
        reference = "2024-1-IT01-KA131-HED-" + nine(1 + random.nextInt(3));
      } else {
        reference = "2099-1-IT01-KA122-VET-" + nine(1 + random.nextInt(3));
      }
      String activity = activities[random.nextInt(activities.length)];
      String category =
          activity.equals("LM-SHORT-VET")
              ? (random.nextInt(5) == 0 ? "accompanying_person" : "learner")
              : "staff";
      LocalDate start = START.plusDays(random.nextInt(60));
      int days = activity.equals("LM-SHORT-VET") ? 30 : activity.equals("PREP-VISIT") ? 2 : 5;
      row.put(CanonicalColumn.MOBILITY_ID, "M" + i);
      row.put(CanonicalColumn.PROJECT_REFERENCE, reference);
      row.put(CanonicalColumn.ACTIVITY_TYPE, activity);
      row.put(CanonicalColumn.PARTICIPANT_CATEGORY, category);
      row.put(CanonicalColumn.FEWER_OPPORTUNITIES, "no");
      row.put(CanonicalColumn.START_DATE, start.toString());
      row.put(CanonicalColumn.END_DATE, start.plusDays(days - 1L).toString());
      row.put(CanonicalColumn.TRAVEL_DAYS, "2");
      row.put(CanonicalColumn.GREEN_TRAVEL, "false");
      row.put(CanonicalColumn.SENDING_OID, "E10000001");
      row.put(CanonicalColumn.SENDING_COUNTRY, "IT");
      row.put(CanonicalColumn.SENDING_CITY, "Roma");
      row.put(
          CanonicalColumn.RECEIVING_OID,
          random.nextInt(4) == 0 ? "" : "E1000000" + (2 + random.nextInt(5)));
      row.put(CanonicalColumn.RECEIVING_COUNTRY, "ES");
      row.put(CanonicalColumn.RECEIVING_CITY, random.nextBoolean() ? "Madrid" : "Sevilla");
      row.put(CanonicalColumn.DISTANCE_KM, "1400");
      row.put(CanonicalColumn.ACCOMPANYING_PERSON, "false");
      if (random.nextInt(4) == 0) {
        row.put(CanonicalColumn.BENEFICIARY_OID, "E10000001");
        row.put(CanonicalColumn.BENEFICIARY_COUNTRY, "IT");
        row.put(CanonicalColumn.PROJECT_START, "2024-09-01");
        row.put(CanonicalColumn.PROJECT_END, random.nextInt(6) == 0 ? "2027-08-31" : "2025-08-31");
      }
      StringJoiner line = new StringJoiner(",");
      for (CanonicalColumn c : CanonicalColumn.values()) {
        line.add(row.getOrDefault(c, ""));
      }
      csv.append(line).append('\n');
    }
    return csv.toString();
  }

  private static String nine(int n) {
    return String.format("%09d", n);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void everyRowGetsTheReportOfATalliedProject(long seed) throws IOException {
    List<CsvRecord> records = new ArrayList<>();
    RowMapper mapper;
    try (CsvReader csv = new CsvReader(new StringReader(batch(seed, 400)), ',', 1 << 20, 1 << 22)) {
      CsvRecord header = new CsvRecord();
      assertThat(csv.next(header)).isTrue();
      mapper = InputFormat.detect(header).mapper(header);
      CsvRecord r = new CsvRecord();
      while (csv.next(r)) {
        records.add(r);
        r = new CsvRecord();
      }
    }
    for (RowChecker checker : List.of(CHECKER, STRICT)) {
      Projects kept = new Projects(checker, true);
      Projects lean = new Projects(checker, false);
      Map<String, Integer> rowsOf = new HashMap<>();
      for (int i = 0; i < records.size(); i++) {
        var row = mapper.project(records.get(i));
        kept.tally(row, i, "a.csv");
        lean.tally(row, i, "a.csv");
        if (row != null) {
          rowsOf.merge(row.reference().format(), 1, Integer::sum);
        }
      }
      // The batch has one-row projects, and projects of several rows.
      assertThat(rowsOf.values()).contains(1, 2);
      kept.decide();
      lean.decide();
      assertThat(lean.size()).isEqualTo(kept.size());
      boolean strict = checker == STRICT;
      for (int i = 0; i < records.size(); i++) {
        var mapped = mapper.map(records.get(i));
        assertThat(checker.check(mapped, i, lean))
            .as("line %d", records.get(i).line())
            .isEqualTo(checker.check(mapped, i, kept));
      }
      assertThat(lean.anyFailed(strict)).isEqualTo(kept.anyFailed(strict));
      // Made as they are read, in the order of the references, the same at every reading.
      List<ProjectResult> results = kept.results(strict);
      assertThat(results)
          .hasSize(kept.size())
          .isSortedAccordingTo(Comparator.comparing(ProjectResult::reference))
          .isEqualTo(List.copyOf(results));
      assertThatThrownBy(() -> lean.results(strict)).isInstanceOf(IllegalStateException.class);
    }
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aOneRowProjectWhoseOwnVerdictFailsFailsTheRunWithoutProjectOutput() throws IOException {
    String header =
        "mobility_id,project_reference,activity_type,participant_category,fewer_opportunities,"
            + "start_date,end_date,travel_days,green_travel,sending_oid,sending_country,"
            + "sending_city,receiving_oid,receiving_country,receiving_city,distance_km,"
            + "accompanying_person,project_start,project_end\n";
    // The row is eligible; its project, 36 months long, is not (a KA122 project lasts 6 to 18).
    String row =
        "P1,2024-1-IT01-KA122-VET-000123456,LM-SHORT-VET,learner,no,2025-03-01,2025-03-30,2,"
            + "false,E10000001,IT,Roma,E10000002,ES,Madrid,1400,false,2024-09-01,2027-08-31\n";
    Path one = file("one.csv", header + row);
    Run lean = lean(one);
    Run kept = kept(one);
    assertThat(lean.out()).contains("\"verdict\":\"ELIGIBLE\"").isEqualTo(kept.out());
    assertThat(Files.readString(dir.resolve("p.jsonl")))
        .contains("\"verdict\":\"NOT_ELIGIBLE\"")
        .contains("VET-KA122-DURATION");
    assertThat(lean.exitCode()).isEqualTo(kept.exitCode()).isEqualTo(1);
    // Within 18 months it passes, and so does the run.
    Path fine = file("fine.csv", header + row.replace("2027-08-31", "2025-08-31"));
    assertThat(Run.of("check", "-o", "jsonl", fine.toString()).exitCode()).isZero();
  }

  // Job shadowing at a host, then a course there, then a preparatory visit to it (2025 call: no
  // preparatory visits for courses alone). The first row is a one-row project until the second
  // comes: its host, rebuilt from the OID the first pass kept, still counts as another activity.
  @ParameterizedTest(name = "job shadowing at {0}")
  @ValueSource(strings = {"E10000005", "E10000006"})
  void aProjectWhoseSecondRowComesLaterKnowsItsFirstRowsHost(String firstHost) throws IOException {
    String header =
        "mobility_id,project_reference,activity_type,participant_category,fewer_opportunities,"
            + "start_date,end_date,travel_days,green_travel,sending_oid,sending_country,"
            + "sending_city,receiving_oid,receiving_country,receiving_city,distance_km,"
            + "accompanying_person\n";
    String project = "2025-1-IT01-KA122-VET-000000777";
    String rest = ",no,2026-03-02,2026-03-06,2,false,E10000001,IT,Roma,";
    String text =
        header
            + "M1,"
            + project
            + ",SM-JOB-SHDW,staff"
            + rest
            + firstHost
            + ",ES,Madrid,1400,false\n"
            + "M2,2025-1-IT01-KA122-VET-000000778,LM-SHORT-VET,learner"
            + rest
            + "E10000005,ES,Madrid,1400,false\n"
            + "M3,"
            + project
            + ",SM-COUR-TRAIN,staff"
            + rest
            + "E10000005,ES,Madrid,1400,false\n"
            + "M4,"
            + project
            + ",PREP-VISIT,staff,no,2025-12-01,2025-12-02,0,false,E10000001,IT,Roma,"
            + "E10000005,ES,Madrid,1400,false\n";
    Path batch = file("prep.csv", text);
    Run lean = lean(batch);
    Run kept = kept(batch);
    assertThat(lean.out()).isEqualTo(kept.out());
    assertThat(lean.exitCode()).isEqualTo(kept.exitCode());
    String m4 = lean.out().lines().filter(l -> l.contains("\"M4\"")).findFirst().orElseThrow();
    if (firstHost.equals("E10000005")) {
      assertThat(m4).doesNotContain("VET-PREP-COURSES");
    } else {
      assertThat(m4).contains("\"rule\":\"VET-PREP-COURSES\"");
    }
  }

  @Test
  void aBatchOfOneRowAndManyRowProjectsReportsTheSameWithAndWithoutProjectOutput()
      throws IOException {
    Path batch = file("batch.csv", batch(7, 300));
    for (String format : List.of("jsonl", "csv")) {
      Run lean = Run.of("check", "-o", format, batch.toString());
      Run kept =
          Run.of(
              "check",
              "-o",
              format,
              "--projects",
              dir.resolve("p-" + format + ".jsonl").toString(),
              batch.toString());
      assertThat(lean.out()).isEqualTo(kept.out());
      assertThat(lean.exitCode()).isEqualTo(kept.exitCode());
      assertThat(lean.err()).isEqualTo(kept.err());
    }
  }

  // A batch checked as jsonl alone, and with --projects (every project's result kept).
  private static Run lean(Path batch) {
    return Run.of("check", "-o", "jsonl", batch.toString());
  }

  private Run kept(Path batch) {
    return Run.of(
        "check", "-o", "jsonl", "--projects", dir.resolve("p.jsonl").toString(), batch.toString());
  }
}
