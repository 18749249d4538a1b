package io.github.vetmobility.examples.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.money.MoneyRange;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportsTest {
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
          new Grant(
              Money.ofEuros(309),
              Money.parse("1540.50"),
              Money.ofEuros(350),
              Money.ZERO,
              Money.ZERO,
              Money.ZERO,
              Money.parse("2199.50"),
              MoneyRange.exactly(Money.parse("2199.50")),
              List.of("TRAVEL [VET-GRANT-TRAVEL] band 500-1999 km = EUR 309.00.")),
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
          new Grant(
              Money.ZERO,
              Money.ZERO,
              Money.ZERO,
              Money.ZERO,
              Money.ZERO,
              Money.ZERO,
              Money.ZERO,
              MoneyRange.exactly(Money.ZERO),
              List.of("TRAVEL [VET-GRANT-TRAVEL] not eligible (VET-DURATION-MIN) = EUR 0.00.")),
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
          new Grant(
              Money.ofEuros(309),
              null,
              Money.ofEuros(350),
              Money.ZERO,
              Money.ZERO,
              Money.ZERO,
              null,
              MoneyRange.of(Money.ofEuros(1331), Money.ofEuros(2437)),
              List.of(
                  "INDIVIDUAL_SUPPORT [VET-GRANT-INDIVIDUAL-SUPPORT] National Agency rate not"
                      + " given: 14 d x 48.00 to 127.00 = EUR 672.00 to 1,778.00.")),
          CountryCode.IT,
          CountryCode.FI,
          null,
          "secondary");

  static final RowResult INVALID =
      new RowResult(
          null,
          4,
          Verdict.INVALID_INPUT,
          null,
          List.of(new Finding("INPUT-INVALID", "ERROR", "start_date", "got 'x'", null)),
          null,
          null,
          null,
          null,
          null,
          null,
          null);

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
  void jsonlHasExactlyTheListedFieldsInOrder() throws IOException {
    String[] lines = write(OutputFormat.JSONL, ELIGIBLE, NOT_ELIGIBLE, INVALID, RANGE).split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0])
        .isEqualTo(
            "{\"mobility_id\":\"M-1\",\"line\":2,\"verdict\":\"ELIGIBLE\","
                + "\"edition\":\"EP2127-2024\",\"confidence\":\"confirmed\",\"findings\":[],"
                + "\"distance_km\":1023.46,"
                + "\"distance_band\":\"500-1999\",\"grant\":{\"currency\":\"EUR\","
                + "\"travel\":309.00,\"individual_support\":1540.50,"
                + "\"organisational_support\":350.00,\"inclusion_support\":0.00,"
                + "\"course_fees\":0.00,\"exceptional_costs\":0.00,\"total\":2199.50,"
                + "\"total_min\":2199.50,\"total_max\":2199.50,\"lines\":[\"TRAVEL"
                + " [VET-GRANT-TRAVEL] band 500-1999 km = EUR 309.00.\"]}}");
    // Not eligible: core's zero grant.
    assertThat(lines[1])
        .isEqualTo(
            "{\"mobility_id\":\"M-2, \\\"quoted\\\"\",\"line\":3,\"verdict\":\"NOT_ELIGIBLE\","
                + "\"edition\":\"EP2127-2024\",\"confidence\":\"secondary\","
                + "\"findings\":[{\"rule\":\"VET-DURATION-MIN\","
                + "\"severity\":\"ERROR\",\"field\":\"endDate\","
                + "\"message\":\"lasts 9 days <b>\\n(minimum 10)\","
                + "\"source\":\"Programme Guide 2024, Part B\"}],\"distance_km\":null,"
                + "\"distance_band\":null,\"grant\":{\"currency\":\"EUR\",\"travel\":0.00,"
                + "\"individual_support\":0.00,\"organisational_support\":0.00,"
                + "\"inclusion_support\":0.00,\"course_fees\":0.00,\"exceptional_costs\":0.00,"
                + "\"total\":0.00,\"total_min\":0.00,\"total_max\":0.00,\"lines\":[\"TRAVEL"
                + " [VET-GRANT-TRAVEL] not eligible (VET-DURATION-MIN) = EUR 0.00.\"]}}");
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
                + "\"total\":null,\"total_min\":1331.00,\"total_max\":2437.00,\"lines\":["
                + "\"INDIVIDUAL_SUPPORT [VET-GRANT-INDIVIDUAL-SUPPORT] National Agency rate not"
                + " given: 14 d x 48.00 to 127.00 = EUR 672.00 to 1,778.00.\"]}}");
  }

  @Test
  void jsonEscapesControlCharacters() {
    StringBuilder sb = new StringBuilder();
    JsonText.string(sb, "a\u0001b\\c\t\u2028");
    assertThat(sb).hasToString("\"a\\u0001b\\\\c\\t\\u2028\"");
  }

  @Test
  void csvIsTheSameFlatWithOneRowPerInputRow() throws IOException {
    String csv = write(OutputFormat.CSV, ELIGIBLE, NOT_ELIGIBLE, INVALID, RANGE);
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo(CsvReport.HEADER);
    assertThat(lines[1])
        .isEqualTo(
            "M-1,2,ELIGIBLE,EP2127-2024,,1023.46,500-1999,EUR,309.00,1540.50,350.00,0.00,0.00,"
                + "0.00,2199.50,2199.50,2199.50,TRAVEL [VET-GRANT-TRAVEL] band 500-1999 km ="
                + " EUR 309.00.,confirmed");
    assertThat(csv)
        .contains(
            "\"M-2, \"\"quoted\"\"\",3,NOT_ELIGIBLE,EP2127-2024,\"ERROR VET-DURATION-MIN [endDate]"
                + " lasts 9 days <b>\n(minimum 10) (Programme Guide 2024, Part B)\",,,EUR,0.00,0.00,"
                + "0.00,0.00,0.00,0.00,0.00,0.00,0.00,TRAVEL [VET-GRANT-TRAVEL] not eligible"
                + " (VET-DURATION-MIN) = EUR 0.00.,secondary\r\n");
    assertThat(lines[3])
        .isEqualTo(",4,INVALID_INPUT,,ERROR INPUT-INVALID [start_date] got 'x',,,,,,,,,,,,,,");
    assertThat(lines[4])
        .isEqualTo(
            "M-3,5,ELIGIBLE,EP2127-2025,,900,500-1999,EUR,309.00,,350.00,0.00,0.00,0.00,,"
                + "1331.00,2437.00,\"INDIVIDUAL_SUPPORT [VET-GRANT-INDIVIDUAL-SUPPORT] National"
                + " Agency rate not given: 14 d x 48.00 to 127.00 = EUR 672.00 to 1,778.00.\","
                + "secondary");
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
        .contains(
            "    grant: EUR 0.00\n      TRAVEL [VET-GRANT-TRAVEL] not eligible (VET-DURATION-MIN) ="
                + " EUR 0.00.\n");
    assertThat(text)
        .contains("line 4  INVALID_INPUT\n    ERROR INPUT-INVALID [start_date]: got 'x'");
    assertThat(text).contains("Summary: 4 rows in batch.csv");
    assertThat(text).containsPattern("ELIGIBLE +1\n");
    assertThat(text).containsPattern("INVALID_INPUT +1\n");
    // The exact 2,199.50 plus the range 1,331.00 to 2,437.00.
    assertThat(text).contains("Grant of the eligible rows: EUR 3,530.50 to 4,636.50 (2 rows)");
    assertThat(text).contains("Individual-support rate table: ES01-VET (1 row)\n");
    assertThat(text).endsWith("Result: 2 rows not eligible or invalid\n");
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
    assertThat(html).contains("Grant of the eligible rows: EUR 3,530.50 to 4,636.50 (2 rows)");
    assertThat(html)
        .contains(
            "<strong>EUR 0.00</strong><br><small>TRAVEL [VET-GRANT-TRAVEL] not eligible"
                + " (VET-DURATION-MIN) = EUR 0.00.</small>");
    assertThat(html).doesNotContain("<b>");
    // Nothing is loaded from elsewhere: the only URL is the SVG namespace.
    Matcher urls = Pattern.compile("(?:https?:)?//[a-z]").matcher(html);
    int count = 0;
    while (urls.find()) {
      count++;
    }
    assertThat(count).isEqualTo(1);
    assertThat(html).contains("xmlns=\"http://www.w3.org/2000/svg\"");
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=");
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
    assertThat(s.grantRange())
        .isEqualTo(MoneyRange.of(Money.parse("3530.50"), Money.parse("4636.50")));
    assertThat(s.grantRows()).isEqualTo(2);
    assertThat(s.flows()).hasSize(2);
    assertThat(s.flows().get(0).total()).isEqualTo(2);
    assertThat(s.flows().get(0).eligible()).isEqualTo(1);
  }

  @Test
  void distancesPrintWithAtMostTwoDecimals() {
    assertThat(Amounts.km(1000.0)).isEqualTo("1000");
    assertThat(Amounts.km(99.5)).isEqualTo("99.5");
    assertThat(Amounts.km(99.05)).isEqualTo("99.05");
    assertThat(Amounts.km(12.999)).isEqualTo("13");
    assertThat(Amounts.km(null)).isNull();
  }
}
