package io.github.vetmobility.examples.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.funding.GrantCalculator;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.json.Json;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.money.MoneyRange;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportsTest {
  // Real grants of core: an exact one (the ES01 2021 table), one of a mobility that is not
  // eligible (nothing), and one whose individual support is a range (no IT01 2025 table).
  static final Grant EXACT =
      grant("2021-1-ES01-KA122-VET-000080889", CountryCode.ES, CountryCode.EL, 2022, 5);
  static final Grant NOTHING =
      grant("2021-1-ES01-KA122-VET-000080889", CountryCode.ES, CountryCode.EL, 2022, 1);
  static final Grant RANGED =
      grant("2025-1-IT01-KA122-VET-000000001", CountryCode.IT, CountryCode.FI, 2026, 14);

  static Grant grant(String reference, CountryCode from, CountryCode to, int year, int days) {
    LocalDate start = LocalDate.of(year, 5, 4);
    Mobility m =
        Mobility.builder()
            .projectReference(ProjectReference.parse(reference))
            .participant(Participant.of(ParticipantCategory.STAFF))
            .activityType(ActivityType.SM_JOB_SHDW)
            .sending(Organisation.builder().country(from).build())
            .receiving(Organisation.builder().country(to).build())
            .startDate(start)
            .endDate(start.plusDays(days - 1))
            .travelDays(2)
            .declaredDistanceKm(1023.456)
            .build();
    return new Grant(GrantCalculator.builtIn().grant(m));
  }

  static final RunInfo INFO = new RunInfo(List.of("batch.csv"), null, "9.9");

  static final RowResult ELIGIBLE =
      new RowResult(
          "M-1",
          2,
          Verdict.ELIGIBLE,
          "EP2127-2024",
          List.of(),
          1023.456,
          "500-1999",
          EXACT,
          CountryCode.IT,
          CountryCode.EL,
          "ES01-VET",
          "confirmed");

  static final RowResult NOT_ELIGIBLE =
      new RowResult(
          "M-2, \"quoted\"",
          3,
          Verdict.NOT_ELIGIBLE,
          "EP2127-2024",
          List.of(
              new Finding(
                  "VET-DURATION-MIN",
                  "ERROR",
                  "endDate",
                  "lasts 9 days <b>\n(minimum 10)",
                  "Programme Guide 2024, Part B")),
          null,
          null,
          NOTHING,
          CountryCode.IT,
          CountryCode.EL,
          null,
          "secondary");

  // Individual support a range (no rate table of the agency): no exact sum, no exact total.
  static final RowResult RANGE =
      new RowResult(
          "M-3",
          5,
          Verdict.ELIGIBLE,
          "EP2127-2025",
          List.of(),
          900.0,
          "500-1999",
          RANGED,
          CountryCode.IT,
          CountryCode.FI,
          null,
          "secondary");

  static final RowResult INVALID =
      unassessed(
          null,
          4,
          Verdict.INVALID_INPUT,
          new Finding("INPUT-INVALID", "ERROR", "start_date", "got 'x'", null));

  // A row the engine did not assess: one finding of the checker, nothing else known.
  static RowResult unassessed(String id, long line, Verdict verdict, Finding finding) {
    return new RowResult(
        id, line, verdict, null, List.of(finding), null, null, null, null, null, null, null);
  }

  static String write(OutputFormat format, RowResult... rows) throws IOException {
    StringWriter out = new StringWriter();
    ReportWriter w = format.writer(out);
    Summary s = new Summary();
    w.start(INFO);
    for (RowResult r : rows) {
      s.add(r);
      w.row(r);
    }
    w.finish(s);
    return out.toString();
  }

  @Test
  void jsonlHasExactlyTheListedFieldsInOrderAndCoreGrants() throws IOException {
    String[] lines = write(OutputFormat.JSONL, ELIGIBLE, NOT_ELIGIBLE, INVALID, RANGE).split("\n");
    assertThat(lines).hasSize(4);
    // The grant is core's JSON form, as a host gets it from Json.of(grant).
    assertThat(lines[0])
        .isEqualTo(
            "{\"mobility_id\":\"M-1\",\"line\":2,\"verdict\":\"ELIGIBLE\","
                + "\"edition\":\"EP2127-2024\",\"confidence\":\"confirmed\",\"findings\":[],"
                + "\"distance_km\":1023.46,\"distance_band\":\"500-1999\",\"grant\":"
                + Json.of(EXACT.engine())
                + "}");
    assertThat(lines[0]).contains("\"total\":" + EXACT.total().toDecimalString() + ",");
    // Not eligible: core's zero grant.
    assertThat(lines[1])
        .isEqualTo(
            "{\"mobility_id\":\"M-2, \\\"quoted\\\"\",\"line\":3,\"verdict\":\"NOT_ELIGIBLE\","
                + "\"edition\":\"EP2127-2024\",\"confidence\":\"secondary\","
                + "\"findings\":[{\"rule\":\"VET-DURATION-MIN\","
                + "\"severity\":\"ERROR\",\"field\":\"endDate\","
                + "\"message\":\"lasts 9 days <b>\\n(minimum 10)\","
                + "\"source\":\"Programme Guide 2024, Part B\"}],\"distance_km\":null,"
                + "\"distance_band\":null,\"grant\":"
                + Json.of(NOTHING.engine())
                + "}");
    assertThat(lines[1]).contains("\"total\":0.00,\"total_min\":0.00,\"total_max\":0.00,");
    assertThat(lines[2])
        .isEqualTo(
            "{\"mobility_id\":null,\"line\":4,\"verdict\":\"INVALID_INPUT\",\"edition\":null,"
                + "\"confidence\":null,\"findings\":[{\"rule\":\"INPUT-INVALID\",\"severity\":\"ERROR\","
                + "\"field\":\"start_date\",\"message\":\"got 'x'\",\"source\":null}],"
                + "\"distance_km\":null,\"distance_band\":null,\"grant\":null}");
    // A range: the category and the exact total are null, total_min and total_max the range.
    assertThat(lines[3])
        .contains(
            "\"individual_support\":null,\"organisational_support\":350.00,"
                + "\"inclusion_support\":0.00,\"course_fees\":0.00,\"exceptional_costs\":0.00,"
                + "\"linguistic_support\":0.00,\"preparatory_visit\":0.00,\"total\":null,"
                + "\"total_min\":"
                + RANGED.totalRange().min().toDecimalString()
                + ",\"total_max\":"
                + RANGED.totalRange().max().toDecimalString()
                + ",");
  }

  // The amounts of a grant as the csv report writes them: sums, total, total_min, total_max.
  private static String csvAmounts(Grant g) {
    Money[] amounts = {
      g.travel(),
      g.individualSupport(),
      g.organisationalSupport(),
      g.inclusionSupport(),
      g.courseFees(),
      g.exceptionalCosts(),
      g.total(),
      g.totalRange().min(),
      g.totalRange().max()
    };
    StringBuilder sb = new StringBuilder("EUR");
    for (Money m : amounts) {
      sb.append(',').append(m == null ? "" : m.toDecimalString());
    }
    return sb.toString();
  }

  @Test
  void csvIsTheSameFlatWithOneRowPerInputRow() throws IOException {
    String csv = write(OutputFormat.CSV, ELIGIBLE, NOT_ELIGIBLE, INVALID, RANGE);
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo(CsvReport.HEADER);
    assertThat(lines[1])
        .startsWith("M-1,2,ELIGIBLE,EP2127-2024,,1023.46,500-1999," + csvAmounts(EXACT) + ",\"")
        .contains(EXACT.lines().get(0))
        .endsWith("\",confirmed");
    assertThat(csv)
        .contains(
            "\"M-2, \"\"quoted\"\"\",3,NOT_ELIGIBLE,EP2127-2024,\"ERROR VET-DURATION-MIN [endDate]"
                + " lasts 9 days <b>\n(minimum 10) (Programme Guide 2024, Part B)\",,,"
                + "EUR,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,");
    assertThat(lines[3])
        .isEqualTo(",4,INVALID_INPUT,,ERROR INPUT-INVALID [start_date] got 'x',,,,,,,,,,,,,,");
    assertThat(lines[4])
        .startsWith("M-3,5,ELIGIBLE,EP2127-2025,,900,500-1999," + csvAmounts(RANGED) + ",")
        .contains("National Agency rate not given")
        .endsWith(",secondary");
  }

  @Test
  void textShowsTheFailingRowsAndTheSummary() throws IOException {
    String text = write(OutputFormat.TEXT, ELIGIBLE, NOT_ELIGIBLE, INVALID, RANGE);
    assertThat(text).startsWith("vetmobility-cli 9.9: batch.csv\n");
    assertThat(text).doesNotContain("line 2 ");
    assertThat(text)
        .contains("line 3  M-2, \"quoted\"  NOT_ELIGIBLE  (EP2127-2024, confidence secondary)\n");
    assertThat(text).contains("    ERROR VET-DURATION-MIN [endDate]: lasts 9 days");
    assertThat(text)
        .contains("    grant: EUR 0.00\n      " + NOTHING.lines().get(0) + "\n")
        .contains("not eligible");
    assertThat(text)
        .contains("line 4  INVALID_INPUT\n    ERROR INPUT-INVALID [start_date]: got 'x'");
    assertThat(text).contains("Summary: 4 rows in batch.csv");
    assertThat(text).containsPattern("ELIGIBLE +1\n");
    assertThat(text).containsPattern("INVALID_INPUT +1\n");
    // The exact total plus the range.
    assertThat(text).contains("Grant of the eligible rows: " + eligibleTotal() + " (2 rows)");
    assertThat(text).contains("Individual-support rate table: ES01-VET (1 row)\n");
    assertThat(text).endsWith("Result: 2 rows not eligible or invalid\n");
  }

  private static MoneyRange eligibleTotal() {
    return EXACT.totalRange().plus(RANGED.totalRange());
  }

  @Test
  void htmlIsSelfContainedWithAFlowChartAndEscapedFindings() throws IOException {
    String html = write(OutputFormat.HTML, ELIGIBLE, NOT_ELIGIBLE, INVALID, RANGE);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html).contains("<svg").contains("</svg>");
    // One flow IT -> EL of two rows, one eligible: drawn half-way from red to green.
    assertThat(html).contains("<title>IT \u2192 EL: 2 rows, 1 eligible</title>");
    assertThat(html).contains("stroke=\"hsl(60,65%,42%)\"");
    assertThat(html).contains("lasts 9 days &lt;b&gt;");
    assertThat(html).contains("Grant of the eligible rows: " + eligibleTotal() + " (2 rows)");
    assertThat(html)
        .contains(
            "<strong>EUR 0.00</strong><details><summary>"
                + NOTHING.engine().lines().size()
                + " lines</summary><ul><li>travel: EUR 0.00<br><small>");
    assertThat(html).doesNotContain("<b>");
    // Every row is listed with its grant, and each grant line with its working and sources.
    assertThat(html).contains("<td class=\"n\">2</td><td>M-1</td>");
    assertThat(html).contains("<strong>" + EXACT.totalText() + "</strong><details>");
    assertThat(html).contains("<li>travel: EUR ");
    // Sources by title with a link to each, and listed once at the end.
    assertThat(html).contains("<h2>Sources</h2>");
    assertThat(html).containsPattern("<a href=\"https://[^\"]+\" rel=\"noreferrer\">[^<]+</a>");
    // Fits a 1280-pixel page; nothing is loaded from elsewhere: every address is a link, but the
    // SVG namespace.
    assertThat(html).contains("max-width:1240px").contains("table-layout:fixed");
    Matcher urls = Pattern.compile("(?:https?:)?//[a-z]").matcher(html);
    Matcher links = Pattern.compile("href=\"https?://[a-z]").matcher(html);
    int count = 0;
    while (urls.find()) {
      count++;
    }
    int linked = 0;
    while (links.find()) {
      linked++;
    }
    assertThat(linked).isPositive();
    assertThat(count).isEqualTo(linked + 1);
    assertThat(html).contains("xmlns=\"http://www.w3.org/2000/svg\"");
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=");
    assertThat(html).doesNotContain("url(");
  }

  @Test
  void summaryCountsVerdictsFlowsAndCompleteGrantsOnly() {
    Summary s = new Summary();
    s.add(ELIGIBLE);
    s.add(NOT_ELIGIBLE);
    s.add(INVALID);
    assertThat(s.rows()).isEqualTo(3);
    assertThat(s.count(Verdict.NOT_ELIGIBLE)).isEqualTo(1);
    assertThat(s.anyFailed()).isTrue();
    s.add(RANGE);
    assertThat(s.grantRange()).isEqualTo(eligibleTotal());
    assertThat(RANGED.totalRange().isExact()).isFalse();
    assertThat(s.grantRows()).isEqualTo(2);
    assertThat(s.flows()).hasSize(2);
    assertThat(s.flows().get(0).total()).isEqualTo(2);
    assertThat(s.flows().get(0).eligible()).isEqualTo(1);
  }

  @Test
  void theResultNeverCallsABatchWithoutRowsInScopeEligible() {
    Summary s = new Summary();
    assertThat(s.result()).isEqualTo("no rows");
    assertThat(s.oneLine()).isEqualTo("0 rows; no rows");
    s.add(
        unassessed(
            "O-2",
            2,
            Verdict.OUT_OF_SCOPE,
            new Finding("INPUT-OUT-OF-SCOPE", "INFO", "project_reference", "KA131", null)));
    assertThat(s.result()).isEqualTo("no row is in scope of the VET rules");
    s.add(ELIGIBLE);
    assertThat(s.result()).isEqualTo("every row in scope is eligible");
    assertThat(s.oneLine())
        .isEqualTo(
            "2 rows: 1 eligible, 1 out of scope; grant "
                + EXACT.totalRange()
                + " (1 row); every row in scope is eligible");
    s.add(NOT_ELIGIBLE);
    assertThat(s.result()).isEqualTo("1 row not eligible or invalid");
    s.add(INVALID);
    assertThat(s.result()).isEqualTo("2 rows not eligible or invalid");
  }
}
