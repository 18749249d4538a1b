package io.github.vetmobility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Runs each example's {@code main} as a reader of the README would, and checks what it prints: the
 * rule ids, paths and verdicts it is there to show.
 */
class ExamplesTest {

  /** Runs a main method and returns what it printed on standard output. */
  private static String run(Consumer<String[]> main) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // The examples print with System.out; surefire runs these tests one after another.
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  @Test
  void comparePilotFlowsShowsWhatCall2026Ka121WouldChange() {
    String out = run(ComparePilotFlows::main);
    assertThat(out)
        .contains(
            "Belgrade -> Maribor LM-SHORT-VET:\n  PILOT2018-2018 ELIGIBLE_WITH_WARNINGS ->"
                + " EP2127-2026-KA121 ELIGIBLE")
        .contains(
            "Prishtina -> Maribor LM-SHORT-VET:\n  PILOT2018-2018 ELIGIBLE_WITH_WARNINGS ->"
                + " EP2127-2026-KA121 NOT_ELIGIBLE (verdict changes)\n    + ERROR VET-FLOW-BENEFICIARY:"
                + " The sending organisation is in XK (third_country_not_associated)")
        .contains(
            "Skopje -> Seville LM-LONG-VET:\n  PILOT2018-2018 ELIGIBLE_WITH_WARNINGS ->"
                + " EP2127-2026-KA121 ELIGIBLE")
        .contains("    grant TRAVEL: unknown -> EUR 211.00\n")
        .contains("    grant total: unknown -> EUR 0.00\n");
  }

  @Test
  void validateHostDtoReportsFieldConstraintsThenEligibilityRules() {
    String out = run(ValidateHostDto::main);

    assertThat(out).contains("An eligible traineeship: 0 violation(s)");
    String malformed = section(out, "Malformed identifiers", "Well-formed but not eligible");
    assertThat(malformed)
        .contains(
            "Malformed identifiers: 3 violation(s)",
            "  homeOid [@OrganisationId] must be an Organisation ID (OID)",
            "  hostCountry [@ErasmusCountryCode] must be a country code",
            "  hostPic [@Pic] must be a Participant Identification Code (PIC)")
        // The group sequence keeps the rules from running on malformed fields.
        .doesNotContain("VET-", "cannot be read as a mobility");
    String ineligible = section(out, "Well-formed but not eligible", null);
    assertThat(ineligible)
        .contains(
            "Well-formed but not eligible: 3 violation(s)",
            // On the form's own properties (the mapper's HostPaths), not the mobility's.
            "  end [VET-DURATION-MIN] LM-SHORT-VET lasts 6 days of physical activity, fewer"
                + " than the minimum of 10",
            "  hostCountry [VET-ABROAD] ",
            "  travelDays [VET-TRAVEL-DAYS] 4 travel days claimed",
            "    source: EP2127-2025 activity.LM-SHORT-VET.min_days")
        .doesNotContain("endDate", "receiving.country");
  }

  @Test
  void assessMobilityShowsAnEligibleAndAnIneligibleMobility() {
    assertThat(run(AssessMobility::main))
        .contains(
            "LM-SHORT-VET, 26 days, under EP2127-2025-KA122: ELIGIBLE (UNCONFIRMED)\n",
            "LM-SHORT-VET, 8 days, under EP2127-2025-KA122: NOT_ELIGIBLE (CONFIRMED)\n",
            "  broken VET-DURATION-MIN [endDate] ");
  }

  @Test
  void buildMobilityPrintsTheFlowAndTheDays() {
    assertThat(run(BuildMobility::main))
        .contains("call 2024, KA121, agency IT01", "flow IT->EL, 28 days of activity");
  }

  @Test
  void computeGrantPrintsEveryLineWithItsRuleAndTheTotal() {
    assertThat(run(ComputeGrant::main))
        .contains(
            "TRAVEL [VET-GRANT-TRAVEL] 476.30 km computed, band 100-499 km, standard amount = EUR 180.00.",
            "[VET-GRANT-INDIVIDUAL-SUPPORT]",
            "[VET-GRANT-ORGANISATIONAL-SUPPORT]",
            "Total: EUR 1,258.00");
  }

  @Test
  void loadCustomEditionUsesTheLoadedRuleBookAndRateTable() {
    // Run from examples/basics (surefire's working directory): the rate table is found in ../data.
    assertThat(run(LoadCustomEdition::main))
        .contains(
            "EP2127-2027-KA122 from EP2127-2027-illustrative.rules: ELIGIBLE",
            "rates-IT01-VET-illustrative.csv",
            "[VET-GRANT-INDIVIDUAL-SUPPORT]");
  }

  /** The text from the line starting with {@code from} up to the one starting with {@code to}. */
  private static String section(String out, String from, String to) {
    int start = out.indexOf(from);
    assertThat(start).as("section %s in%n%s", from, out).isNotNegative();
    int end = to == null ? out.length() : out.indexOf(to, start);
    assertThat(end).as("section %s in%n%s", to, out).isGreaterThan(start);
    return out.substring(start, end);
  }
}
