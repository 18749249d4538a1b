package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.examples.cli.csv.InputSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckCommandTest {
  static final String SAMPLE = SharedFiles.sample("vet-mobilities-sample.csv").toString();
  static final String COMMISSION_SAMPLE =
      SharedFiles.sample("commission-export-sample.csv").toString();
  static final String HEADER =
      "mobility_id,project_reference,activity_type,participant_category,fewer_opportunities,"
          + "start_date,end_date,travel_days,green_travel,sending_oid,sending_country,"
          + "sending_city,receiving_oid,receiving_country,receiving_city,distance_km,"
          + "accompanying_person";
  static final String ELIGIBLE_ROW =
      "M-1,2024-1-IT01-KA122-VET-000123456,LM-SHORT-VET,learner,no,2025-03-03,2025-03-30,2,"
          + "false,E10208308,IT,Bologna,,ES,Sevilla,1545.64,no";

  // The top-level keys of a jsonl object, in order (nested objects skipped).
  static List<String> keys(String json) {
    List<String> keys = new ArrayList<>();
    int depth = 0;
    boolean inString = false;
    int keyStart = -1;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          if (depth == 1 && keyStart >= 0 && json.charAt(i + 1) == ':') {
            keys.add(json.substring(keyStart, i));
          }
          keyStart = -1;
        }
      } else if (c == '"') {
        inString = true;
        char before = json.charAt(i - 1);
        keyStart = before == '{' || before == ',' ? i + 1 : -1;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return keys;
  }

  static long dataRows(Path csv) throws IOException {
    return Files.readAllLines(csv).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count()
        - 1;
  }

  @Test
  void exitZeroKeepsTheVerdictsButExitsWithZero() {
    Run plain = Run.of("check", "-o", "jsonl", SAMPLE);
    Run zero = Run.of("check", "-o", "jsonl", "--exit-zero", SAMPLE);
    assertThat(plain.exitCode()).isEqualTo(1);
    assertThat(zero.exitCode()).isZero();
    assertThat(zero.out()).isEqualTo(plain.out()).contains("\"NOT_ELIGIBLE\"");
    assertThat(Run.of("check", "--exit-zero", "no-such-file.csv").exitCode()).isEqualTo(2);
  }

  @Test
  void theSampleGivesOneJsonObjectPerRowWithExactlyTheListedFields() throws IOException {
    Run run = Run.of("check", "--output", "jsonl", SAMPLE);
    assertThat(run.exitCode()).isEqualTo(1);
    // Nothing but the summary line: the report is on standard output, a pipe.
    assertThat(run.errBesidesSummary()).isEmpty();
    assertThat(run.err()).endsWith("; jsonl report on standard output\n");
    String[] lines = run.out().split("\n");
    assertThat((long) lines.length).isEqualTo(dataRows(Path.of(SAMPLE)));
    long previousLine = 0;
    for (String line : lines) {
      assertThat(keys(line))
          .containsExactly(
              "mobility_id",
              "line",
              "verdict",
              "edition",
              "confidence",
              "findings",
              "distance_km",
              "distance_band",
              "grant");
      Matcher m = Pattern.compile("\"line\":(\\d+)").matcher(line);
      assertThat(m.find()).isTrue();
      long n = Long.parseLong(m.group(1));
      assertThat(n).isGreaterThan(previousLine); // input order
      previousLine = n;
      for (String finding :
          line.split("\\{\"rule\":").length > 1
              ? Arrays.copyOfRange(line.split("\\{\"rule\":"), 1, line.split("\\{\"rule\":").length)
              : new String[0]) {
        assertThat(finding)
            .containsPattern("^\"[A-Z-]+\",\"severity\":\"[A-Z]+\",\"field\":")
            .contains(",\"message\":\"")
            .contains(",\"source\":");
      }
    }
    String all = run.out();
    assertThat(all).contains("\"verdict\":\"ELIGIBLE\"");
    assertThat(all).contains("\"verdict\":\"NOT_ELIGIBLE\"");
    assertThat(all).contains("\"verdict\":\"INVALID_INPUT\"");
    assertThat(all).contains("\"rule\":\"VET-DURATION-MIN\"");
    assertThat(all).contains("\"edition\":\"PILOT2018-2018\"");
  }

  @Test
  void aBrokenRowIsReportedWithItsLineAndFieldAndTheBatchGoesOn() {
    String csv =
        HEADER
            + "\n"
            + ELIGIBLE_ROW
            + "\n"
            + ELIGIBLE_ROW.replace("2025-03-03", "2025-02-30").replace("M-1", "M-2")
            + "\nM-3,too,few\n"
            + ELIGIBLE_ROW.replace("M-1", "M-4").replace(",ES,", ",XX,")
            + "\n"
            + ELIGIBLE_ROW.replace("M-1", "M-5")
            + "\n";
    Run run = Run.of(csv, false, "check", "-o", "jsonl", "-");
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[0]).contains("\"mobility_id\":\"M-1\",\"line\":2,\"verdict\":\"ELIGIBLE\"");
    assertThat(lines[1])
        .contains("\"line\":3,\"verdict\":\"INVALID_INPUT\"")
        .contains("\"field\":\"start_date\"");
    assertThat(lines[2]).contains("\"line\":4,\"verdict\":\"INVALID_INPUT\"");
    assertThat(lines[2]).contains("\"field\":\"row\"").contains("got 3");
    assertThat(lines[3]).contains("\"field\":\"receiving_country\"").contains("'XX'");
    assertThat(lines[4]).contains("\"mobility_id\":\"M-5\",\"line\":6,\"verdict\":\"ELIGIBLE\"");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void everyRowEligibleExitsWithZero() {
    Run run = Run.of(HEADER + "\n" + ELIGIBLE_ROW + "\n", false, "check", "-o", "text", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("ELIGIBLE                 1").contains("every row in scope");
  }

  @Test
  void semicolonsAndWindows1252AreRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cp1252.csv");
    String text =
        (HEADER + "\n" + ELIGIBLE_ROW.replace("Sevilla", "M\u00e1laga").replace(",1545.64,", ",,"))
            .replace(',', ';');
    Files.write(file, text.getBytes(InputSource.WINDOWS_1252));
    Run right = Run.of("check", "-o", "jsonl", "--charset", "windows-1252", file.toString());
    assertThat(right.out()).contains("\"verdict\":\"ELIGIBLE\"").contains("\"distance_band\":\"");
    assertThat(right.exitCode()).isZero();
    // Read as UTF-8, the city is damaged: the row is still checked, its distance is unknown.
    Run wrong = Run.of("check", "-o", "jsonl", file.toString());
    assertThat(wrong.out())
        .contains("\"verdict\":\"ELIGIBLE_WITH_WARNINGS\"")
        .contains("\"rule\":\"INPUT-DISTANCE\"")
        .contains("\"distance_km\":null");
    assertThat(Run.of("check", "-o", "jsonl", "--separator", ",", file.toString()).exitCode())
        .isEqualTo(2);
  }

  @Test
  void aUtf8ByteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.csv");
    byte[] text = (HEADER + "\r\n" + ELIGIBLE_ROW + "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[text.length + 3];
    all[0] = (byte) 0xEF;
    all[1] = (byte) 0xBB;
    all[2] = (byte) 0xBF;
    System.arraycopy(text, 0, all, 3, text.length);
    Files.write(file, all);
    Run run = Run.of("check", "-o", "jsonl", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{\"mobility_id\":\"M-1\",\"line\":2,");
  }

  @Test
  void theCommissionRawSamplesAreAllOutOfScope() throws IOException {
    for (String name : List.of("erasmus_test.csv", "realDataTest.csv")) {
      Path file = SharedFiles.realData("erasmus-data/erasmus_ka1_raw_samples/" + name);
      Run run = Run.of("check", "-o", "jsonl", file.toString());
      assertThat(run.exitCode()).as(name).isZero();
      String[] lines = run.out().split("\n");
      assertThat((long) lines.length).as(name).isEqualTo(dataRows(file));
      assertThat(lines).allMatch(l -> l.contains("\"verdict\":\"OUT_OF_SCOPE\""));
    }
  }

  @Test
  void theCommissionLayoutSampleIsCheckedAgainstTheRightEditions() {
    Run run = Run.of("check", "-o", "csv", COMMISSION_SAMPLE);
    assertThat(run.exitCode()).isEqualTo(1);
    String[] lines = run.out().split("\r\n");
    assertThat(lines).hasSize(14);
    assertThat(lines[1]).startsWith(",4,ELIGIBLE,EP1420-2017-KA102,");
    assertThat(run.out())
        .contains("\r\n,7,ELIGIBLE,EP1420-2018-KA102,")
        .doesNotContain("Exception");
    assertThat(run.out()).contains(",NOT_ELIGIBLE,EP1420-2019-KA102,ERROR VET-ACTIVITY-AVAILABLE");
    assertThat(run.out())
        .contains(",INVALID_INPUT,,\"ERROR INPUT-INVALID [Mobility Duration] got 'MONTH'");
    assertThat(run.out())
        .contains(",OUT_OF_SCOPE,,\"INFO INPUT-OUT-OF-SCOPE [Project Reference] KA101");
  }

  @Test
  void callChoosesTheEditionOfRowsThatNameNone() {
    String row = ELIGIBLE_ROW.replace("2024-1-IT01-KA122-VET-000123456", "");
    Run without = Run.of(HEADER + "\n" + row + "\n", false, "check", "-o", "jsonl", "-");
    assertThat(without.out()).contains("INVALID_INPUT").contains("\"field\":\"call_year\"");
    Run with =
        Run.of(HEADER + "\n" + row + "\n", false, "check", "-o", "jsonl", "--call", "2024", "-");
    assertThat(with.out()).contains("\"verdict\":\"ELIGIBLE\",\"edition\":\"EP2127-2024-KA122\"");
    Run key =
        Run.of(
            HEADER + "\n" + row + "\n",
            false,
            "check",
            "-o",
            "jsonl",
            "--call",
            "ep2127-2023-ka121",
            "-");
    assertThat(key.out()).contains("\"edition\":\"EP2127-2023-KA121\"");
    assertThat(Run.of(HEADER + "\n", false, "check", "--call", "1999", "-").exitCode())
        .isEqualTo(2);
  }

  @Test
  void theReportFormatFollowsTheOutputFileOrTheTerminal(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("report.html");
    Run run = Run.of("check", "--output-file", html.toString(), SAMPLE);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    String page = Files.readString(html);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg").contains("AL \u2192 IT");
    assertThat(Run.of("check", SAMPLE).out()).startsWith("{\"mobility_id\":");
    assertThat(Run.of("", true, "check", SAMPLE).out()).startsWith("vetmobility-cli ");
  }

  @Test
  void usageAndIoErrorsExitWithTwo(@TempDir Path dir) throws IOException {
    Run missing = Run.of("check", dir.resolve("nope.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file").contains("nope.csv");
    Path other = dir.resolve("other.csv");
    Files.writeString(other, "name,age\nAda,36\n");
    Run unknown = Run.of("check", other.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("neither the canonical layout");
    Path typo = dir.resolve("typo.csv");
    Files.writeString(typo, HEADER.replace("end_date", "end_dte") + "\n");
    assertThat(Run.of("check", typo.toString()).err()).contains("unknown column(s) [end_dte]");
    assertThat(Run.of("check", "--output", "pdf", SAMPLE).exitCode()).isEqualTo(2);
    assertThat(Run.of("check").exitCode()).isEqualTo(2);
    assertThat(Run.of("frobnicate").exitCode()).isEqualTo(2);
    assertThat(Run.of().exitCode()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "check", "generate"})
  void helpAndVersionWorkEverywhere(String command) {
    List<String> help = new ArrayList<>();
    List<String> version = new ArrayList<>();
    if (!command.isEmpty()) {
      help.add(command);
      version.add(command);
    }
    help.add("--help");
    version.add("--version");
    Run h = Run.of(help.toArray(String[]::new));
    assertThat(h.exitCode()).isZero();
    assertThat(h.out()).contains("Usage: vetmobility-cli");
    Run v = Run.of(version.toArray(String[]::new));
    assertThat(v.exitCode()).isZero();
    assertThat(v.out()).startsWith("vetmobility-cli ");
  }

  @Test
  void noProgressIsWrittenWhenNobodyWatches(@TempDir Path dir) {
    Run run = Run.of("check", "--output-file", dir.resolve("r.jsonl").toString(), SAMPLE);
    assertThat(run.errBesidesSummary()).isEmpty();
    assertThat(run.err()).doesNotContain("\r").doesNotContain("rows checked");
  }

  @Test
  void aRateTableGivenPricesItsOwnAgencysRowsAndRowsWithoutReferenceOnly(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("rates.csv");
    // M-1 is an IT01 project, M-2 a DE02 project, M-3 has no reference (call year only).
    Files.writeString(
        file,
        HEADER
            + ",call_year\n"
            + ELIGIBLE_ROW
            + ",\n"
            + ELIGIBLE_ROW
                .replace("M-1,", "M-2,")
                .replace("-IT01-", "-DE02-")
                .replace(",IT,Bologna,", ",DE,Hamburg,")
            + ",\n"
            + ELIGIBLE_ROW.replace("M-1,2024-1-IT01-KA122-VET-000123456", "M-3,")
            + ",2024\n");
    Run run = Run.of("check", "-o", "jsonl", "--rates", RuleCommandsTest.RATES, file.toString());
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0])
        .contains("\"mobility_id\":\"M-1\"")
        .doesNotContain("\"individual_support\":null");
    assertThat(lines[1])
        .contains("\"mobility_id\":\"M-2\"")
        .contains("\"individual_support\":null");
    assertThat(lines[2])
        .contains("\"mobility_id\":\"M-3\"")
        .doesNotContain("\"individual_support\":null");
  }

  @Test
  void anyNumberOfWorkersGivesTheSameReportInTheSameOrder() {
    String one = Run.of("check", "-o", "jsonl", "--exit-zero", "--workers", "1", SAMPLE).out();
    assertThat(one.split("\n")).hasSizeGreaterThan(50);
    assertThat(Run.of("check", "-o", "jsonl", "--exit-zero", "--workers", "3", SAMPLE).out())
        .isEqualTo(one);
    assertThat(Run.of("check", "-o", "jsonl", "--exit-zero", SAMPLE).out()).isEqualTo(one);
    Run none = Run.of("check", "--workers", "0", SAMPLE);
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--workers must be from 1 to 256, not 0");
  }

  @Test
  void generatedRowsAreReadBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("g.csv");
    assertThat(
            Run.of("generate", "--rows", "2000", "--seed", "7", "--output-file", file.toString())
                .exitCode())
        .isZero();
    assertThat(dataRows(file)).isEqualTo(2000);
    assertThat(Files.readString(file))
        .isEqualTo(Run.of("generate", "--rows", "2000", "--seed", "7").out());
    Run run = Run.of("check", "-o", "jsonl", file.toString());
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(2000);
    long eligible = Arrays.stream(lines).filter(l -> l.contains("\"verdict\":\"ELIGIBLE")).count();
    long invalid = Arrays.stream(lines).filter(l -> l.contains("INVALID_INPUT")).count();
    assertThat(eligible).isBetween(1000L, 1900L);
    assertThat(invalid).isBetween(10L, 100L);
  }
}
