package io.github.vetmobility.funding;

import static io.github.vetmobility.funding.Fixtures.ka122;
import static io.github.vetmobility.funding.Fixtures.learner;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Gazetteer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Lines shared between grants (LineCache) never change a grant: the same mobilities give the same
 * grants, words included, whatever was computed before and in whatever order, and a line made for
 * one grant is reused by the next grant with the same inputs.
 */
class SharedLinesTest {
  private static final CountryCode[] TO = {
    CountryCode.FR, CountryCode.ES, CountryCode.MT, CountryCode.TR, CountryCode.RS, CountryCode.IS
  };
  private static final ParticipantCategory[] WHO = {
    ParticipantCategory.VET_LEARNER,
    ParticipantCategory.STAFF,
    ParticipantCategory.ACCOMPANYING_PERSON,
    ParticipantCategory.INVITED_EXPERT
  };

  @Property(tries = 50)
  void theOrderOfGrantsNeverChangesOne(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
    java.util.Random r = new java.util.Random(seed);
    List<Mobility> mobilities = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ParticipantCategory who = WHO[r.nextInt(WHO.length)];
      int days = 2 + r.nextInt(120);
      mobilities.add(
          learner(TO[r.nextInt(TO.length)], days, r.nextInt(3) * 700.0 + r.nextInt(3) / 100.0)
              .participant(
                  Participant.builder().category(who).fewerOpportunities(r.nextBoolean()).build())
              .activityType(
                  who == ParticipantCategory.STAFF
                      ? ActivityType.SM_JOB_SHDW
                      : days < 90 ? ActivityType.LM_SHORT_VET : ActivityType.LM_LONG_VET)
              .travelDays(r.nextInt(4))
              .greenTravel(r.nextBoolean())
              .build());
    }
    // Two calculators, two caches: one in order, one in reverse, one made fresh for each grant.
    GrantCalculator a = GrantCalculator.builtIn().withGazetteer(Gazetteer.builtIn());
    GrantCalculator b = GrantCalculator.builtIn().withGazetteer(Gazetteer.builtIn());
    List<Grant> forward = new ArrayList<>();
    for (Mobility m : mobilities) {
      forward.add(a.grant(m, ka122(2025)));
    }
    List<Mobility> reversed = new ArrayList<>(mobilities);
    Collections.reverse(reversed);
    List<Grant> backward = new ArrayList<>();
    for (Mobility m : reversed) {
      backward.add(b.grant(m, ka122(2025)));
    }
    Collections.reverse(backward);
    for (int i = 0; i < mobilities.size(); i++) {
      Grant fresh =
          GrantCalculator.builtIn()
              .withGazetteer(Gazetteer.builtIn())
              .grant(mobilities.get(i), ka122(2025));
      assertThat(forward.get(i)).isEqualTo(fresh).isEqualTo(backward.get(i));
      assertThat(forward.get(i).lines().toString()).isEqualTo(fresh.lines().toString());
      assertThat(backward.get(i).lines().toString()).isEqualTo(fresh.lines().toString());
    }
  }

  @Test
  void aRepeatedMobilityReusesItsLines() {
    GrantCalculator calc = GrantCalculator.builtIn().withGazetteer(Gazetteer.builtIn());
    Mobility m = learner(CountryCode.FR, 30, 1234.56).build();
    Grant first = calc.grant(m, ka122(2025));
    Grant second = calc.grant(learner(CountryCode.FR, 30, 1234.56).build(), ka122(2025));
    assertThat(second).isEqualTo(first).isNotSameAs(first);
    for (int i = 0; i < first.lines().size(); i++) {
      assertThat(second.lines().get(i)).isSameAs(first.lines().get(i));
    }
    // Another distance: another travel line, the other lines shared.
    Grant farther = calc.grant(learner(CountryCode.FR, 30, 1234.57).build(), ka122(2025));
    assertThat(farther.lines().get(0)).isNotSameAs(first.lines().get(0));
    assertThat(farther.lines().get(0).working()).contains("1234.57 km");
  }
}
