package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps core/RULES.md equal to the catalogue generated from the built-in rule books. Regenerate
 * with {@code -Dvetmobility.catalogue.write=true}.
 */
class RuleCatalogueTest {
  private static final Path FILE = Path.of("RULES.md");

  @Test
  void committedCatalogueIsCurrent() throws IOException {
    String generated =
        RuleCatalogue.markdown(RuleBooks.builtIn())
            + io.github.vetmobility.funding.FundingCatalogue.markdown();
    if (Boolean.getBoolean("vetmobility.catalogue.write")) {
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    assertThat(FILE).as("core/RULES.md; regenerate it (see its header)").exists();
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
        .as("core/RULES.md is stale; regenerate it (see its header)")
        .isEqualTo(generated);
  }

  @Test
  void catalogueNamesEveryRuleAndItsNumbers() {
    String md = RuleCatalogue.markdown(RuleBooks.builtIn());
    for (Rule r : Rule.values()) {
      assertThat(md).contains("### " + r.id());
    }
    assertThat(md)
        .contains(
            "| EP2127 | 2025-2026 | `activity.SM-COUR-TRAIN.max_days` | 10 | confirmed | G25; G26 |")
        .contains("| EP2127 | 2021-2024 | `activity.SM-COUR-TRAIN.max_days` | 30 | secondary |");
  }

  @Test
  void catalogueShowsEachSourceByTitleAndKindAndCountsConfidencePerEdition() {
    String md = RuleCatalogue.markdown(RuleBooks.builtIn());
    assertThat(md)
        .contains(
            "| G26 | Erasmus+ Programme Guide 2026, version 1 (12/11/2025), English | Programme"
                + " Guide | 2026 | https://")
        .contains("| P1 | European Commission (DG EAC): VET mobility pilot scheme")
        .contains("| official document | 2018 |")
        .contains("| third party | any |")
        .contains("## How confident is each edition's data")
        .doesNotContain("scribd");
    String funding = io.github.vetmobility.funding.FundingCatalogue.markdown();
    assertThat(funding).contains("| EP2127 2026 | ").contains("| FU-BERLIN | ");
  }
}
