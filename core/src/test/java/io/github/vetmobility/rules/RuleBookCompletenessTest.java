package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.rules.internal.Completeness;
import io.github.vetmobility.rules.internal.ProgrammeFile;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rule-book files say everything or are refused: no rule may silently not apply. */
class RuleBookCompletenessTest {
  static ProgrammeFile builtIn(Programme p) {
    return RuleBooks.builtIn().all().stream()
        .filter(b -> b.edition().programme() == p)
        .findFirst()
        .orElseThrow()
        .data()
        .file();
  }

  @ParameterizedTest
  @EnumSource(Programme.class)
  void everyBuiltInBookStatesEveryKeyForEveryCall(Programme p) {
    assertThat(Completeness.missing(builtIn(p), builtIn(p))).isEmpty();
  }

  @Test
  void aSparseBookIsRefusedWithEachMissingKeyAndCall() {
    String text =
        "programme EP2127\ncalls 2026-2027\nactions KA122\nsource G27 official Guide 2027 | https://example.org/G27\n"
            + "activity.LM-SHORT-VET.available 2026-2027 yes confirmed G27\n"
            + "activity.LM-SHORT-VET.min_days 2026-2027 15 confirmed G27\n"
            + "travel_days.max_standard 2026-2027 2 confirmed G27\n";
    assertThatThrownBy(() -> RuleBooks.load(new StringReader(text), "sparse.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sparse.rules")
        .hasMessageContaining("call 2026: ")
        .hasMessageContaining("call 2027: ")
        .hasMessageContaining("travel_days.max_green")
        .hasMessageContaining("activity.LM-SHORT-VET.max_days")
        .hasMessageContaining("activity.SM-TTA.available")
        .hasMessageContaining("ka122.max_participants")
        // Stated keys and the other action's keys are not asked for.
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .doesNotContainPattern("LM-SHORT-VET\\.min_days(,|;|$)")
                    .doesNotContain("travel_days.max_standard")
                    .doesNotContain("ka121."));
  }

  @Test
  void aCompleteBookLoadsAndAnActivityNotOfferedNeedsNoNumbers() {
    String text = RuleBookText.of(RuleBooks.builtIn().get(2026, KeyAction.KA122), 2027, Map.of());
    RuleBooks books = RuleBooks.load(new StringReader(text), "complete.rules");
    assertThat(books.all()).extracting(RuleBook::key).containsExactly("EP2127-2027-KA122");
    Map<String, String> noGroups = new LinkedHashMap<>();
    noGroups.put("activity.LM-GROUP-VET.available", "no");
    String withoutGroups =
        RuleBookText.of(RuleBooks.builtIn().get(2026, KeyAction.KA122), 2027, noGroups)
            .lines()
            .filter(l -> !l.startsWith("activity.LM-GROUP-VET.min") && !l.startsWith("group."))
            .reduce("", (a, l) -> a + l + "\n");
    assertThat(RuleBooks.load(new StringReader(withoutGroups), "nogroups.rules").all()).hasSize(1);
    // Left out while the activity is offered: refused.
    String offered =
        RuleBookText.of(RuleBooks.builtIn().get(2026, KeyAction.KA122), 2027, Map.of())
            .lines()
            .filter(l -> !l.startsWith("group.min_sending_countries"))
            .reduce("", (a, l) -> a + l + "\n");
    assertThatThrownBy(() -> RuleBooks.load(new StringReader(offered), "g.rules"))
        .hasMessageContaining("call 2027: group.min_sending_countries");
  }
}
