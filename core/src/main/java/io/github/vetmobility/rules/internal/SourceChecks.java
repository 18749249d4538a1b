package io.github.vetmobility.rules.internal;

import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.rules.Source;
import io.github.vetmobility.rules.SourceKind;
import java.util.List;

/**
 * The rule that ties a fact's confidence to its sources, shared by the rule-book reader and the
 * funding data: {@code confirmed} needs, for every call year of the fact, a Programme Guide,
 * official document or Commission page that speaks for that year (so a fact resting on National
 * Agency or third-party documents alone is at best {@code secondary}); a fact that cites reference
 * notes only is at best {@code inferred}. Not part of the API.
 */
public final class SourceChecks {
  private SourceChecks() {}

  /**
   * Returns what the confidence of a fact would need, or {@code null} when its sources support it.
   *
   * @param confidence the confidence claimed, {@code null} for an unknown value
   * @param fromCall the first call year of the fact
   * @param toCall the last call year of the fact
   * @param cited the declared sources the fact cites (reference notes left out)
   * @return the expectation for an error message, or {@code null}
   */
  public static String problem(
      Confidence confidence, int fromCall, int toCall, List<Source> cited) {
    if (confidence == null) {
      return null;
    }
    if (cited.isEmpty() && confidence.compareTo(Confidence.INFERRED) < 0) {
      return "at most 'inferred' for a fact that cites reference notes only, no declared source";
    }
    if (confidence != Confidence.CONFIRMED) {
      return null;
    }
    for (int year = fromCall; year <= toCall; year++) {
      boolean ok = false;
      boolean thirdPartyOnly = true;
      for (Source s : cited) {
        ok |= s.confirms(year);
        thirdPartyOnly &= s.kind() == SourceKind.THIRD_PARTY;
      }
      if (!ok) {
        return thirdPartyOnly
            ? "at most 'secondary' for a fact whose sources are all third-party"
            : "a Programme Guide, official document or Commission source for call "
                + year
                + " among the sources of a 'confirmed' fact; else at most 'secondary'";
      }
    }
    return null;
  }
}
