package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleCommandsTest {
  static final String RATES = SharedFiles.sample("rates-IT01-VET-illustrative.csv").toString();

  @Test
  void rulesListsEveryRuleOfTheCatalogue() {
    Run run = Run.of("rules");
    assertThat(run.exitCode()).isZero();
    for (Rule r : Rule.values()) {
      assertThat(run.out()).contains(r.id() + " ");
    }
    assertThat(run.out().lines()).hasSize(Rule.values().length);
  }

  @Test
  void rulesOfOneEditionShowItsNumbersAndSources() {
    Run run = Run.of("rules", "--edition", "EP2127-2025-KA122");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Rule book EP2127-2025-KA122");
    assertThat(run.out()).contains("activity.LM-SHORT-VET.min_days 2025-2026 = 10");
    assertThat(Run.of("rules", "--edition", "2019").out())
        .startsWith("Rule book EP1420-2019-KA102");
    assertThat(Run.of("rules", "--edition", "EP2127-1999").exitCode()).isEqualTo(2);
    assertThat(Run.of("rules", "--books").out()).contains("PILOT2018-2018\n");
  }

  @Test
  void rulesShowEachSourceByTitleKindAndAddress() {
    String out = Run.of("rules", "--edition", "EP2127-2026-KA121").out();
    assertThat(out).contains("Sources of EP2127-2026-KA121:");
    assertThat(out)
        .contains("G26")
        .contains(
            "Erasmus+ Programme Guide 2026, version 1 (12/11/2025), English [Programme Guide 2026]")
        .contains("https://erasmus-plus.ec.europa.eu/programme-guide/erasmusplus-programme-guide");
    assertThat(out).contains("[National Agency]");
    assertThat(Run.of("rules", "--edition", "EP2127-2021-KA122").out()).contains("[third party]");
    String all = Run.of("rules", "--sources").out();
    assertThat(all).contains("[official document 2018]").contains("[Commission page");
    assertThat(all).doesNotContain("scribd").doesNotContain("193.140.245.9");
  }

  @Test
  void explainShowsOneRuleWithItsNumbersPerEdition() {
    Run run = Run.of("explain", "vet-duration-min");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("VET-DURATION-MIN: ");
    assertThat(run.out()).contains("EP1420.rules:").contains("EP2127.rules:");
    assertThat(run.out()).contains("activity.LM-LONG-VET.min_days").contains("= 90");
    Run unknown = Run.of("explain", "VET-NOPE");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("VET-NOPE");
  }

  @Test
  void grantShowsEveryLineWithItsRuleAndTheTotal() {
    Run run =
        Run.of(
            "grant",
            "--reference",
            "2021-1-ES01-KA122-VET-000080889",
            "--activity",
            "SM-JOB-SHDW",
            "--category",
            "staff",
            "--start",
            "2022-05-09",
            "--end",
            "2022-05-13",
            "--from",
            "ES",
            "--from-city",
            "Sevilla",
            "--to",
            "PT",
            "--to-city",
            "Porto");
    assertThat(run.exitCode()).isZero();
    // The command gives no staff link: that rule is left unchecked, and says so.
    assertThat(run.out()).startsWith("Verdict: ELIGIBLE_WITH_WARNINGS (EP2127-2021-KA122)");
    assertThat(run.out())
        .contains("VET-STAFF-LINK could not be checked: participant.staffLink is not given");
    assertThat(run.out()).contains("TRAVEL").contains("VET-GRANT-TRAVEL");
    assertThat(run.out()).contains("INDIVIDUAL_SUPPORT").contains("ES01-VET");
    assertThat(run.out())
        .contains(
            "  INDIVIDUAL_SUPPORT [VET-GRANT-INDIVIDUAL-SUPPORT] 7 d x 104.00 (5 activity + 2 travel"
                + " days; staff, group 2; rate table ES01-VET.csv (ES01 VET)) = EUR 728.00. Source:"
                + " SEPIE (Spanish NA): KA121/KA122-VET unit costs of call 2021 (2021-ANEXO IV, 14/12/2021), copy kept in a school's repository"
                + " (secondary).\n");
    assertThat(run.out()).containsPattern("Total: EUR [\\d,]+\\.\\d\\d\n");
  }

  @Test
  void grantWithARateTableAndANotEligibleMobility() {
    Run eligible =
        Run.of(
            "grant",
            "--reference",
            "2024-1-IT01-KA122-VET-000012345",
            "--activity",
            "LM-SHORT-VET",
            "--category",
            "learner",
            "--start",
            "2025-03-03",
            "--end",
            "2025-03-30",
            "--from",
            "IT",
            "--to",
            "ES",
            "--distance-km",
            "1545.64",
            "--rates",
            RATES);
    assertThat(eligible.exitCode()).isZero();
    assertThat(eligible.out()).contains("rates-IT01-VET-illustrative.csv");
    Run tooShort =
        Run.of(
            "grant",
            "--reference",
            "2024-1-IT01-KA122-VET-000012345",
            "--activity",
            "LM-SHORT-VET",
            "--category",
            "learner",
            "--start",
            "2025-03-03",
            "--end",
            "2025-03-05",
            "--from",
            "IT",
            "--to",
            "ES",
            "--distance-km",
            "1545.64");
    assertThat(tooShort.exitCode()).isEqualTo(1);
    assertThat(tooShort.out()).contains("NOT_ELIGIBLE").contains("VET-DURATION-MIN");
    // Not eligible: nothing is paid, and each line says what it would be.
    assertThat(tooShort.out())
        .contains("not eligible (VET-DURATION-MIN), nothing is paid; EUR 309.00 if eligible:")
        .contains("Total: EUR 0.00 (not eligible: VET-DURATION-MIN)\n");
    // Without the agency's rate table, individual support and the total are the Guide's range.
    Run range =
        Run.of(
            "grant",
            "--reference",
            "2025-1-IT01-KA122-VET-000012345",
            "--activity",
            "LM-SHORT-VET",
            "--category",
            "learner",
            "--start",
            "2025-03-03",
            "--end",
            "2025-03-30",
            "--from",
            "IT",
            "--to",
            "ES",
            "--distance-km",
            "1545.64");
    assertThat(range.exitCode()).isZero();
    // 28 + 2 days in group 2: 14 x 41 + 16 x 29 = 1,038 to 14 x 110 + 16 x 77 = 2,772.
    assertThat(range.out())
        .contains(
            "National Agency rate not given: 14 d x 41.00 to 110.00 + 16 d x 29.00 to 77.00 (70 %"
                + " from day 15, rounded; 28 activity + 2 travel days; learner, group 2; Programme"
                + " Guide range 41.00 to 110.00 a day) = EUR 1,038.00 to 2,772.00.")
        .contains("Total: EUR 1,697.00 to 3,431.00\n");
    Run bad =
        Run.of(
            "grant",
            "--call",
            "2024",
            "--activity",
            "LM-SHORT-VET",
            "--category",
            "learner",
            "--start",
            "2025-02-30",
            "--end",
            "2025-03-05",
            "--from",
            "IT",
            "--to",
            "ES");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.out()).contains("INVALID_INPUT").contains("[start_date]");
    assertThat(Run.of("grant", "--activity", "LM-SHORT-VET").exitCode()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rules", "explain", "grant"})
  void helpAndVersion(String command) {
    assertThat(Run.of(command, "--help").out()).contains("Usage: vetmobility-cli " + command);
    assertThat(Run.of(command, "--version").out()).startsWith("vetmobility-cli ");
  }
}
