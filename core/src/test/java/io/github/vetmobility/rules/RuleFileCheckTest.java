package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed rule-book file is refused with its name and the line at fault. */
class RuleFileCheckTest {
  private static final String HEAD =
      "programme EP2127\ncalls 2025-2026\nactions KA122\nsource G25 Guide 2025\n";

  private static RuleBooks load(String body) {
    return RuleBooks.load(new StringReader(HEAD + body), "x.rules");
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
    String head = "programme EP2127\ncalls 2021-2026\nactions KA122\nsource G25 Guide 2025\n";
    assertThatThrownBy(
            () ->
                RuleBooks.load(
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
    assertThatThrownBy(() -> RuleBooks.load(new StringReader("calls 2025\n"), "h.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("h.rules:1");
    assertThatThrownBy(
            () -> RuleBooks.load(new StringReader("programme EP2127\ncalls 2019\n"), "h.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("h.rules:2");
    assertThatThrownBy(
            () -> RuleBooks.load(new StringReader("programme EP2127\ncalls 2025\n"), "h.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("an 'actions' line");
    assertThatThrownBy(() -> RuleBooks.load(new StringReader(""), "empty.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("empty.rules");
  }

  @Test
  void aFileOnDiskLoadsWithItsName(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("EP2127-2027.rules");
    Files.writeString(
        f, "\uFEFFprogramme EP2127\ncalls 2027\nactions KA121\n# nothing else stated\n");
    assertThat(RuleBooks.load(f).all())
        .extracting(RuleBook::key)
        .containsExactly("EP2127-2027-KA121");
    Path broken = dir.resolve("broken.rules");
    Files.writeString(
        broken, "programme EP2127\ncalls 2027\nactions KA121\nfoo 2027 1 confirmed X\n");
    assertThatThrownBy(() -> RuleBooks.load(broken)).hasMessageContaining("broken.rules:4");
  }
}
