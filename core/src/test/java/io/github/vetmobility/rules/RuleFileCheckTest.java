package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.identifier.KeyAction;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed rule-book file is refused with its name and the line at fault. */
class RuleFileCheckTest {
  private static final String HEAD =
      "programme EP2127\ncalls 2025-2026\nactions KA122\nsource G25 official Guide 2025 | https://example.org/G25\n";

  private static RuleBooks load(String body) {
    return RuleBooks.parse(new StringReader(HEAD + body), "x.rules");
  }

  @ParameterizedTest(name = "line {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "activity.LM-SHORT-VET.min_dayz 2025 10 confirmed G25 | 5 | a known key",
        "activity.LM-LONG-VET.min_days 2025 ten confirmed G25 | 5 | a whole number",
        "abroad.required 2025 maybe confirmed G25 | 5 | yes or no",
        "abroad.required 2025 yes sure G25 | 5 | confirmed, secondary",
        "abroad.required 2025 unknown confirmed G25 | 5 | value 'unknown' exactly when",
        "abroad.required 2025 yes confirmed G99 | 5 | a source declared",
        "abroad.required 2024 yes confirmed G25 | 5 | within the file's calls",
        "abroad.required 2026-2025 yes confirmed G25 | 5 | not after its last",
        "abroad.required 2025 yes confirmed | 5 | 5 fields",
        "countries.eu_member_state 2025 AT;GR confirmed G25 | 5 | Commission country codes",
        "activity.LM-SHORT-VET.participants 2025 learner;pupil confirmed G25 | 5 | recent_graduate",
        "ka121.not_associated_budget_share_max 2025 1.5 confirmed G25 | 5 | a fraction",
        "bogus | 5 | 5 fields",
        "recent_graduate.boundary 2025 middle confirmed G25 | 5 | start or end",
        "project.months_allowed 2025 12;x confirmed G25 | 5 | 'x'",
        "project.months_allowed 2025 12;12 confirmed G25 | 5 | each element of the list once",
        "applicant.statuses 2025 eu_member_state;candidate confirmed G25 | 5 | 'candidate'",
        "activity.LM-SHORT-VET.participants 2025 learner;pupil confirmed G25 | 5 | 'pupil'",
        "countries.oct.XX 2025 GL confirmed G25 | 5 | a known key",
        "activity.XX-1.min_days 2025 1 confirmed G25 | 5 | a known key",
        "activity.SM-TTA 2025 1 confirmed G25 | 5 | a known key",
        "countries.region.0 2025 AL confirmed G25 | 5 | a known key",
        "abroad.required 2025 yes confirmed G25;G25 | 5 | distinct sources",
      })
  void badLinesAreRefusedWithFileAndLine(String line, int number, String expected) {
    assertThatThrownBy(() -> load(line + "\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("x.rules:" + number)
        .hasMessageContaining(expected);
  }

  @Test
  void overlappingRangesAreRefused() {
    assertThatThrownBy(
            () ->
                load(
                    "abroad.required 2025-2026 yes confirmed G25\n"
                        + "abroad.required 2026 yes confirmed G25\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("x.rules:6")
        .hasMessageContaining("not overlapping line 5");
  }

  @Test
  void gapsAreRefused() {
    String head =
        "programme EP2127\ncalls 2021-2026\nactions KA122\nsource G25 official Guide 2025 | https://example.org/G25\n";
    assertThatThrownBy(
            () ->
                RuleBooks.parse(
                    new StringReader(
                        head
                            + "abroad.required 2021 yes confirmed G25\n"
                            + "abroad.required 2024-2026 yes confirmed G25\n"),
                    "gap.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("gap.rules:6")
        .hasMessageContaining("no gap after line 5");
  }

  @Test
  void aCountryHasOneStatusAndOneRegionPerYear() {
    assertThatThrownBy(
            () ->
                load(
                    "countries.eu_member_state 2025-2026 AT;BE confirmed G25\n"
                        + "countries.associated_third_country 2025-2026 NO;BE confirmed G25\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("x.rules:6")
        .hasMessageContaining("'BE'");
    assertThatThrownBy(
            () ->
                load(
                    "countries.eu_member_state 2025-2026 AT;BE confirmed G25\n"
                        + "countries.associated_third_country 2025-2026 NO confirmed G25\n"
                        + "countries.region.1 2025-2026 AL;AT confirmed G25\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("x.rules:7")
        .hasMessageContaining("only third countries not associated");
  }

  @Test
  void aMinimumAboveItsMaximumIsRefused() {
    assertThatThrownBy(
            () ->
                load(
                    "activity.SM-TTA.min_days 2025-2026 20 confirmed G25\n"
                        + "activity.SM-TTA.max_days 2025-2026 10 confirmed G25\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("x.rules:6")
        .hasMessageContaining("not below the minimum 20");
  }

  @Test
  void headerMistakesAreRefused() {
    assertThatThrownBy(() -> RuleBooks.parse(new StringReader("calls 2025\n"), "h.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("h.rules:1");
    assertThatThrownBy(
            () -> RuleBooks.parse(new StringReader("programme EP2127\ncalls 2019\n"), "h.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("h.rules:2");
    assertThatThrownBy(
            () -> RuleBooks.parse(new StringReader("programme EP2127\ncalls 2025\n"), "h.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("an 'actions' line");
    assertThatThrownBy(() -> RuleBooks.parse(new StringReader(""), "empty.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("empty.rules");
  }

  @Test
  void aFileOnDiskLoadsWithItsName(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("EP2127-2027.rules");
    Files.writeString(
        f, "\uFEFF" + RuleBookText.of(Fixtures.book(2026, KeyAction.KA121), 2027, Map.of()));
    assertThat(RuleBooks.load(f).all())
        .extracting(RuleBook::key)
        .containsExactly("EP2127-2027-KA121");
    Path broken = dir.resolve("broken.rules");
    Files.writeString(
        broken, "programme EP2127\ncalls 2027\nactions KA121\nfoo 2027 1 confirmed X\n");
    assertThatThrownBy(() -> RuleBooks.load(broken)).hasMessageContaining("broken.rules:4");
  }

  private static Fact fact(RuleBooks books, int call, String key) {
    return books
        .get(call, io.github.vetmobility.identifier.KeyAction.KA122)
        .fact(key)
        .orElseThrow();
  }

  @Test
  void factsKeepTheirConfidenceAndTheirSourcesDocuments() {
    RuleBooks books =
        load(
            "source N1 national_agency One word | https://example.org/n1\n"
                + "abroad.required 2025 yes confirmed G25\n"
                + "abroad.required 2026 yes secondary N1\n"
                + "staff.link_required 2025 yes inferred funding.md#3.2\n"
                + "staff.link_required 2026 no unconfirmed funding.md#3.3\n");
    assertThat(fact(books, 2025, "abroad.required").confidence()).contains(Confidence.CONFIRMED);
    assertThat(fact(books, 2025, "abroad.required").documents()).containsExactly("Guide 2025");
    assertThat(fact(books, 2026, "abroad.required").confidence()).contains(Confidence.SECONDARY);
    assertThat(fact(books, 2026, "abroad.required").documents()).containsExactly("One word");
    Fact inferred = fact(books, 2025, "staff.link_required");
    assertThat(inferred.confidence()).contains(Confidence.INFERRED);
    assertThat(inferred.documents()).containsExactly("vetmobility reference note funding.md#3.2");
    assertThat(inferred.citedSources()).isEmpty();
    Source n1 = fact(books, 2026, "abroad.required").citedSources().get(0);
    assertThat(n1.kind()).isEqualTo(SourceKind.NATIONAL_AGENCY);
    assertThat(n1.url()).isEqualTo("https://example.org/n1");
    assertThat(n1.title()).isEqualTo("One word");
    Fact unconfirmed = fact(books, 2026, "staff.link_required");
    assertThat(unconfirmed.confidence()).contains(Confidence.UNCONFIRMED);
    assertThat(unconfirmed.documents())
        .containsExactly("vetmobility reference note funding.md#3.3");
    assertThat(unconfirmed.line()).isEqualTo(9);
    assertThat(unconfirmed.file()).isEqualTo("x.rules");
  }

  @Test
  void rangesMayBeWrittenInAnyOrderAndMeetWithoutGap() {
    RuleBooks books =
        load(
            "activity.SM-TTA.max_days 2026 60 confirmed G25\n"
                + "activity.SM-TTA.max_days 2025 30 confirmed G25\n");
    assertThat(fact(books, 2025, "activity.SM-TTA.max_days").value()).contains("30");
    assertThat(fact(books, 2026, "activity.SM-TTA.max_days").value()).contains("60");
  }

  @Test
  void limitsAreCheckedInEveryCallYearIncludingTheLast() {
    assertThatThrownBy(
            () ->
                load(
                    "activity.SM-TTA.min_days 2025-2026 2 confirmed G25\n"
                        + "activity.SM-TTA.max_days 2025 10 confirmed G25\n"
                        + "activity.SM-TTA.max_days 2026 1 confirmed G25\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("x.rules:7")
        .hasMessageContaining("not below the minimum 2");
    assertThatThrownBy(
            () ->
                load(
                    "activity.SM-TTA.min_days 2025-2026 1 confirmed G25\n"
                        + "activity.SM-TTA.max_days 2025-2026 0 confirmed G25\n"))
        .hasMessageContaining("x.rules:6");
    // Equal limits are fine, and so is a minimum with no maximum.
    load(
        "activity.SM-TTA.min_days 2025-2026 10 confirmed G25\n"
            + "activity.SM-TTA.max_days 2025-2026 10 confirmed G25\n"
            + "activity.SM-TTA.min_days_fewer_opportunities 2025-2026 10 confirmed G25\n"
            + "activity.SM-JOB-SHDW.min_days 2025-2026 10 confirmed G25\n");
  }

  @Test
  void theMinimumForFewerOpportunitiesIsNotAboveTheUsualOne() {
    assertThatThrownBy(
            () ->
                load(
                    "activity.LM-LONG-VET.min_days 2025-2026 90 confirmed G25\n"
                        + "activity.LM-LONG-VET.min_days_fewer_opportunities 2025-2026 91"
                        + " confirmed G25\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("x.rules:6")
        .hasMessageContaining("a minimum not above the usual minimum 90");
    assertThatThrownBy(
            () ->
                load(
                    "activity.LM-LONG-VET.min_days 2025-2026 0 confirmed G25\n"
                        + "activity.LM-LONG-VET.min_days_fewer_opportunities 2025-2026 1"
                        + " confirmed G25\n"))
        .hasMessageContaining("x.rules:6");
  }

  @Test
  void aCountryIsInOneRegionPerYear() {
    assertThatThrownBy(
            () ->
                load(
                    "countries.region.1 2025-2026 AL;BA confirmed G25\n"
                        + "countries.region.2 2025-2026 UA;BA confirmed G25\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("x.rules:6")
        .hasMessageContaining("'BA'")
        .hasMessageContaining("one region per country in 2025 (also on line 5)");
  }

  @Test
  void keyActionsAreListedOnceAndKnown() {
    assertThatThrownBy(
            () ->
                RuleBooks.parse(
                    new StringReader("programme EP2127\ncalls 2025\nactions KA122 KA122\n"),
                    "a.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("a.rules:3")
        .hasMessageContaining("each key action once");
    assertThatThrownBy(
            () ->
                RuleBooks.parse(
                    new StringReader("programme EP2127\ncalls 2025\nactions KA122 KA1\n"),
                    "a.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("a.rules:3")
        .hasMessageContaining("'KA1'");
  }

  @Test
  void aPilotFileNeedsNoActionsLine() {
    RuleBooks pilot =
        RuleBooks.parse(
            new StringReader(
                "programme PILOT2020\ncalls 2020\nsource S1 official Call | https://example.org/call\n"
                    + "pilot.min_organisations 2020 6 confirmed S1\n"),
            "p.rules");
    assertThat(pilot.all()).extracting(RuleBook::key).containsExactly("PILOT2020-2020");
    assertThat(pilot.all().get(0).action()).isEmpty();
  }

  @Test
  void aSourceNeedsAnIdAKindATitleAndAnAddress() {
    for (String bad :
        new String[] {
          "source G25",
          "source G25 Guide 2025",
          "source G25 guide:2025 Guide 2025 | https://example.org/g",
          "source G25 programme_guide Guide 2025 | https://example.org/g",
          "source G25 programme_guide:25 Guide 2025 | https://example.org/g",
          "source G25 official Guide 2025 | example.org/g",
          "source G25 official Guide 2025",
        }) {
      assertThatThrownBy(
              () ->
                  RuleBooks.parse(
                      new StringReader("programme EP2127\ncalls 2025\n" + bad + "\n"), "s.rules"))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("s.rules:3")
          .hasMessageContaining("source ID KIND TITLE | URL");
    }
    assertThatThrownBy(() -> load("source G25 official Again | https://example.org/a\n"))
        .hasMessageContaining("x.rules:5")
        .hasMessageContaining("a source id declared once");
  }

  @Test
  void anAddressIsDeclaredOnceNotCitedInline() {
    assertThatThrownBy(() -> load("abroad.required 2025 yes secondary https://example.org/r\n"))
        .hasMessageContaining("x.rules:5")
        .hasMessageContaining("declare the address once");
  }

  @Test
  void aConfirmedFactWithAThirdPartySourceOnlyIsRefused() {
    String body =
        "source U1 third_party A university page | https://example.org/u1\n"
            + "abroad.required 2025 yes confirmed U1\n";
    assertThatThrownBy(() -> load(body))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("x.rules:6")
        .hasMessageContaining("at most 'secondary' for a fact whose sources are all third-party");
    RuleBooks capped = load(body.replace("confirmed", "secondary"));
    assertThat(fact(capped, 2025, "abroad.required").confidence()).contains(Confidence.SECONDARY);
    assertThat(fact(capped, 2025, "abroad.required").citedSources().get(0).kind())
        .isEqualTo(SourceKind.THIRD_PARTY);
  }

  @Test
  void aConfirmedFactNeedsAGuideOfficialOrCommissionSourceForEachOfItsCalls() {
    String na = "source N9 national_agency An agency page | https://example.org/n9\n";
    assertThatThrownBy(() -> load(na + "abroad.required 2025 yes confirmed N9\n"))
        .hasMessageContaining("x.rules:6")
        .hasMessageContaining("source for call 2025 among the sources of a 'confirmed' fact");
    String guide =
        "source G9 programme_guide:2025 Guide 2025 | https://example.org/g9\n"
            + "source W9 commission:2026 A wiki page | https://example.org/w9\n";
    assertThatThrownBy(() -> load(guide + "abroad.required 2025-2026 yes confirmed G9\n"))
        .hasMessageContaining("x.rules:7")
        .hasMessageContaining("source for call 2026");
    RuleBooks both = load(guide + "abroad.required 2025-2026 yes confirmed G9;W9\n");
    assertThat(fact(both, 2026, "abroad.required").citedSources())
        .extracting(Source::id)
        .containsExactly("G9", "W9");
    assertThat(load(na + "abroad.required 2025-2026 yes secondary N9\n").all()).isNotEmpty();
  }

  @Test
  void aFactThatCitesNotesOnlyIsAtMostInferred() {
    assertThatThrownBy(() -> load("abroad.required 2025 yes secondary funding.md#3.3\n"))
        .hasMessageContaining("x.rules:5")
        .hasMessageContaining("at most 'inferred'");
    assertThat(load("abroad.required 2025 yes inferred funding.md#3.3\n").all()).isNotEmpty();
  }
}
