package io.github.vetmobility.rules.internal;

import io.github.vetmobility.rules.Rule;
import java.util.List;

/** The checks of every mobility-level rule, in the order of {@link Rule}. Not part of the API. */
public final class MobilityChecks {
  private MobilityChecks() {}

  private static final List<MobilityCheck> ALL =
      List.of(
          new ReferenceChecks.Edition(),
          new ReferenceChecks.Field(),
          new ReferenceChecks.Agency(),
          new ReferenceChecks.AgencyCountry(),
          new ReferenceChecks.AccreditationCode(),
          new ActivityChecks.DatesOrder(),
          new ActivityChecks.Available(),
          new ActivityChecks.ParticipantCategory(),
          new ActivityChecks.DurationMin(),
          new ActivityChecks.DurationMax(),
          new ActivityChecks.BlendedVirtual(),
          new ActivityChecks.TravelDays(),
          new ParticipantChecks.RecentGraduate(),
          new ParticipantChecks.StaffLinkRule(),
          new ParticipantChecks.Accompanied(),
          new FlowChecks.OrganisationsDiffer(),
          new FlowChecks.Abroad(),
          new FlowChecks.Beneficiary(),
          new FlowChecks.Receiving(),
          new FlowChecks.NotAssociatedAccredited(),
          new FlowChecks.NotAssociatedActivity(),
          new FlowChecks.NotAssociatedDestination(),
          new FlowChecks.IncomingOrigin(),
          new FlowChecks.PilotFlow(),
          new GroupChecks.GroupSize(),
          new GroupChecks.GroupCountries(),
          new GroupChecks.GroupAccompanied(),
          new GroupChecks.PrepPersons());

  static {
    // Findings come in rule order; the registry must follow the enum.
    int last = -1;
    for (MobilityCheck c : ALL) {
      if (c.rule().ordinal() <= last || c.rule().level() != Rule.Level.MOBILITY) {
        throw new AssertionError("mobility checks out of rule order at " + c.rule());
      }
      last = c.rule().ordinal();
    }
  }

  /** Returns the checks, in rule order. */
  public static MobilityCheck[] all() {
    return ALL.toArray(new MobilityCheck[0]);
  }
}
