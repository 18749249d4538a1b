package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.examples.cli.check.Projects;
import io.github.vetmobility.examples.cli.check.RowChecker;
import io.github.vetmobility.examples.cli.csv.CsvReader;
import io.github.vetmobility.examples.cli.csv.CsvRecord;
import io.github.vetmobility.examples.cli.csv.InputSource;
import io.github.vetmobility.examples.cli.input.InputFormat;
import io.github.vetmobility.examples.cli.input.MappedRow;
import io.github.vetmobility.examples.cli.input.ProjectRow;
import io.github.vetmobility.examples.cli.input.RowMapper;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.rules.ProjectTally;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first pass of {@code check} reads only what core's project tally needs ({@link
 * RowMapper#project}); it must agree with the full mapping on every row, and so give the same
 * project answers.
 */
class FirstPassTest {
  private static final RowChecker CHECKER = RowChecker.create(null, null);

  private static List<CsvRecord> records(Reader text, RowMapper[] mapper) throws IOException {
    List<CsvRecord> out = new ArrayList<>();
    try (CsvReader csv = new CsvReader(text, (char) 0)) {
      CsvRecord header = new CsvRecord();
      assertThat(csv.next(header)).isTrue();
      mapper[0] = InputFormat.detect(header).mapper(header);
      CsvRecord r = new CsvRecord();
      while (csv.next(r)) {
        out.add(r);
        r = new CsvRecord();
      }
    }
    return out;
  }

  // Row by row: a project row exactly when the full mapping gives a mobility with a project, with
  // the same parts and the same tally entry; then the same projects, decided the same.
  private static int compare(List<CsvRecord> records, RowMapper mapper) {
    Projects light = new Projects(CHECKER);
    Projects full = new Projects(CHECKER);
    int inProjects = 0;
    for (int i = 0; i < records.size(); i++) {
      CsvRecord r = records.get(i);
      MappedRow mapped = mapper.map(r);
      ProjectRow row = mapper.project(r);
      Mobility m = mapped.kind() == MappedRow.Kind.MOBILITY ? mapped.mobility() : null;
      if (m == null || m.projectReference().isEmpty()) {
        assertThat(row).as("line %d: %s", r.line(), mapped.message()).isNull();
      } else {
        assertThat(row).as("line %d", r.line()).isNotNull();
        assertThat(row.reference()).isEqualTo(m.projectReference().get());
        assertThat(row.entry(i)).isEqualTo(ProjectTally.Entry.of(i, m));
        inProjects++;
      }
      light.tally(row, i);
      if (m != null && m.projectReference().isPresent()) {
        full.tally(
            new ProjectRow(
                m.projectReference().get(),
                m.activityType(),
                m.participant().category(),
                m.startDate(),
                m.sending(),
                m.receiving(),
                row.facts(), // a mobility has no project facts: those of the same reading
                r.line()),
            i);
      }
    }
    light.decide();
    full.decide();
    assertThat(light.size()).isEqualTo(full.size());
    assertThat(light.results(false)).isEqualTo(full.results(false));
    assertThat(light.results(true)).isEqualTo(full.results(true));
    return inProjects;
  }

  private static int compareFile(Path file) throws IOException {
    RowMapper[] mapper = new RowMapper[1];
    try (Reader r = InputSource.reader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      return compare(records(r, mapper), mapper[0]);
    }
  }

  @Test
  void agreesWithTheFullMappingOnTheSampleBatches() throws IOException {
    assertThat(compareFile(SharedFiles.sample("vet-mobilities-sample.csv"))).isGreaterThan(20);
    assertThat(compareFile(SharedFiles.sample("commission-export-sample.csv"))).isGreaterThan(0);
  }

  @Test
  void agreesWithTheFullMappingOnGeneratedRows() throws IOException {
    for (long seed = 1; seed <= 3; seed++) {
      StringWriter w = new StringWriter();
      GenerateCommand.write(w, 3000, seed);
      RowMapper[] mapper = new RowMapper[1];
      List<CsvRecord> records = records(new StringReader(w.toString()), mapper);
      // The generator's broken values (dates, countries) are among these rows.
      assertThat(compare(records, mapper[0])).isGreaterThan(2900).isLessThan(3000);
    }
  }

  // Every column in turn gets a value that cannot be read: the first pass leaves the row out
  // exactly when the full mapping finds it invalid, whichever column it is.
  @Test
  void leavesOutExactlyTheRowsTheFullMappingRefuses() throws IOException {
    String header =
        "mobility_id,project_reference,activity_type,participant_category,fewer_opportunities,"
            + "start_date,end_date,travel_days,green_travel,sending_oid,sending_country,"
            + "sending_city,receiving_oid,receiving_country,receiving_city,distance_km,"
            + "accompanying_person,graduation_date,virtual_days,course_days,"
            + "exceptional_travel_cost,call_year,short_stay_justified,staff_link,sending_pic,"
            + "receiving_pic,sending_accreditation,sending_accreditation_from,group_size,"
            + "group_countries,beneficiary_oid,beneficiary_country,beneficiary_accreditation,"
            + "beneficiary_accreditation_from,project_start,project_end,project_grant,"
            + "project_not_associated_grant,project_courses_grant";
    String good =
        "M1,2024-1-IT01-KA122-VET-000123456,SM-JOB-SHDW,staff,no,2025-03-03,2025-03-07,2,false,"
            + "E10000001,IT,Roma,E10000002,ES,Madrid,1400,false,,1,,950.00,,,employed,"
            + "123456789,987654321,2021-1-IT01-KA120-VET-000012345,2021-06-01,,,E10000001,IT,"
            + "2021-1-IT01-KA120-VET-000012345,2021-06-01,2024-09-01,2025-08-31,100000.00,0,"
            + "5000";
    String[] bad = {
      "",
      "2024-1-IT01-KA122-000123456",
      "LM-SUMMER-VET",
      "pupil",
      "maybe",
      "2025-02-30",
      "2025/03/07",
      "-2",
      "perhaps",
      "E1234",
      "XX",
      " ",
      "E99",
      "ZZ",
      " ",
      "far",
      "sometimes",
      "yesterday",
      "x",
      "1.5",
      "-5.00",
      "",
      "nah",
      "boss",
      "12",
      "abc",
      "KA120",
      "2021-13-01",
      "many",
      "IT;QQ",
      "E1",
      "QQ",
      "KA120",
      "2021-02-30",
      "x",
      "2025/08/31",
      "-1",
      "abc",
      "1.234"
    };
    String[] cells = good.split(",", -1);
    List<String> rows = new ArrayList<>();
    rows.add(good);
    for (int c = 0; c < cells.length; c++) {
      String[] broken = cells.clone();
      broken[c] = bad[c];
      rows.add(String.join(",", broken));
    }
    rows.add(good.replace(",,employed", ",,"));
    rows.add(good.replace("2021-06-01", ""));
    rows.add(good.replace("E10000001,IT,2021", "E10000001,,2021")); // an OID without a country
    rows.add(good + ",");
    RowMapper[] mapper = new RowMapper[1];
    List<CsvRecord> records =
        records(new StringReader(header + "\n" + String.join("\n", rows) + "\n"), mapper);
    int invalid = 0;
    for (CsvRecord r : records) {
      if (mapper[0].map(r).kind() == MappedRow.Kind.INVALID) {
        invalid++;
      }
    }
    // Most broken cells make the row invalid (a city of spaces is unknown, not invalid).
    assertThat(invalid).isGreaterThan(30);
    compare(records, mapper[0]);
  }
}
