package io.github.vetmobility.rules.internal;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.CountryStatus;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.Pic;
import io.github.vetmobility.internal.Unboxed;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Outcome;
import io.github.vetmobility.rules.Rule;
import java.util.Locale;

/** Rules on organisations, countries and flows. Not part of the API. */
final class FlowChecks {
  private FlowChecks() {}

  static String status(CountryStatus s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  /** Returns whether the receiving country is a third country not associated (outgoing only). */
  static boolean toNotAssociated(Mobility m, EditionData d) {
    return !MobilityCheck.incoming(m)
        && d.status(m.receiving().country()) == CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED;
  }

  /** VET-ORGANISATIONS-DIFFER: same OID or same PIC means the same organisation. */
  static final class OrganisationsDiffer extends MobilityCheck {
    OrganisationsDiffer() {
      super(Rule.VET_ORGANISATIONS_DIFFER);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      Outcome unset = unset(d.organisationsDiffer);
      if (unset != null) {
        return unset;
      }
      if (d.organisationsDiffer == EditionData.T_NO) {
        return Outcome.PASSED;
      }
      // One PIC belongs to one OID: two different OIDs are two organisations.
      OrganisationId so = (OrganisationId) Unboxed.oid(m.sending());
      OrganisationId ro = (OrganisationId) Unboxed.oid(m.receiving());
      if (so != null && ro != null) {
        return passIf(!so.equals(ro));
      }
      Pic sp = (Pic) Unboxed.pic(m.sending());
      Pic rp = (Pic) Unboxed.pic(m.receiving());
      if (sp != null && rp != null) {
        return passIf(!sp.equals(rp));
      }
      // Without identifiers, organisations in two countries are still two organisations.
      if (!m.sending().country().equals(m.receiving().country())) {
        return Outcome.PASSED;
      }
      return Outcome.NOT_EVALUATED;
    }

    @Override
    protected String input(Mobility m) {
      // Two identifiers of the same kind are needed; name the receiving side's OID.
      return Unboxed.oid(m.sending()) == null || Unboxed.oid(m.receiving()) == null
          ? "receiving.oid"
          : null;
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      Organisation s = m.sending();
      Organisation r = m.receiving();
      String id =
          s.oid().isPresent() && s.oid().equals(r.oid())
              ? s.oid().get().value()
              : s.pic().get().value();
      return finding(d.citation("", "organisations.must_differ"), "identifier", id);
    }
  }

  /** VET-ABROAD: sending and receiving country differ. */
  static final class Abroad extends MobilityCheck {
    Abroad() {
      super(Rule.VET_ABROAD);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      Outcome unset = unset(d.abroadRequired);
      if (unset != null) {
        return unset;
      }
      return passIf(
          d.abroadRequired == EditionData.T_NO || m.sending().country() != m.receiving().country());
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(d.citation("", "abroad.required"), "country", m.receiving().country().code());
    }
  }

  /** VET-FLOW-BENEFICIARY: the beneficiary side is in an eligible country. */
  static final class Beneficiary extends MobilityCheck {
    Beneficiary() {
      super(Rule.VET_FLOW_BENEFICIARY);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      int bits = d.beneficiarySideStatuses;
      if (bits == 0) {
        return Outcome.NOT_APPLICABLE;
      }
      CountryStatus s = d.status(beneficiarySide(m).country());
      if (bits == -1 || s == CountryStatus.UNKNOWN) {
        return Outcome.NOT_EVALUATED;
      }
      return passIf(EditionData.hasStatus(bits, s));
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      CountryCode c = beneficiarySide(m).country();
      return finding(
          rule().severity(),
          side(m) + ".country",
          d.citation("", "flow.beneficiary_side_statuses"),
          "side",
          side(m),
          "country",
          c.code(),
          "status",
          status(d.status(c)));
    }
  }

  /** VET-FLOW-RECEIVING: the edition allows destinations in third countries not associated. */
  static final class Receiving extends MobilityCheck {
    Receiving() {
      super(Rule.VET_FLOW_RECEIVING);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      if (incoming(m) || d.notAssociatedAvailable == EditionData.T_ABSENT) {
        return Outcome.NOT_APPLICABLE;
      }
      CountryStatus s = d.status(m.receiving().country());
      if (s == CountryStatus.UNKNOWN) {
        return Outcome.NOT_EVALUATED;
      }
      if (s != CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED) {
        return Outcome.PASSED;
      }
      if (d.notAssociatedAvailable == EditionData.T_UNKNOWN) {
        return Outcome.NOT_EVALUATED;
      }
      return passIf(d.notAssociatedAvailable == EditionData.T_YES);
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation("", "not_associated.available"),
          "country",
          m.receiving().country().code(),
          "edition",
          d.edition().key());
    }
  }

  /** Returns NOT_APPLICABLE unless the mobility goes to a non-associated country that is open. */
  static Outcome notAssociatedPrecondition(Mobility m, EditionData d) {
    if (!toNotAssociated(m, d) || d.notAssociatedAvailable != EditionData.T_YES) {
      return Outcome.NOT_APPLICABLE;
    }
    return null;
  }

  /** VET-NOT-ASSOCIATED-ACCREDITED: only KA121 goes to third countries not associated. */
  static final class NotAssociatedAccredited extends MobilityCheck {
    NotAssociatedAccredited() {
      super(Rule.VET_NOT_ASSOCIATED_ACCREDITED);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      Outcome pre = notAssociatedPrecondition(m, d);
      if (pre != null) {
        return pre;
      }
      Outcome unset = unset(d.notAssociatedRequiresAccreditation);
      if (unset != null) {
        return unset;
      }
      return passIf(
          d.notAssociatedRequiresAccreditation == EditionData.T_NO
              || KeyAction.KA121.equals(d.action()));
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation("", "not_associated.requires_accreditation"),
          "country",
          m.receiving().country().code(),
          "action",
          d.action() == null ? "a pilot" : d.action().code());
    }
  }

  /** VET-NOT-ASSOCIATED-ACTIVITY: the activity type may go to third countries not associated. */
  static final class NotAssociatedActivity extends MobilityCheck {
    NotAssociatedActivity() {
      super(Rule.VET_NOT_ASSOCIATED_ACTIVITY);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      Outcome pre = notAssociatedPrecondition(m, d);
      if (pre != null) {
        return pre;
      }
      if (!offered(m, d)) {
        return Outcome.NOT_APPLICABLE;
      }
      byte allowed = d.notAssociatedAllowed(m.activityType());
      Outcome unset = unset(allowed);
      if (unset != null) {
        return unset;
      }
      return passIf(allowed == EditionData.T_YES);
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation("", "activity." + m.activityType().code() + ".not_associated_allowed"),
          "activity",
          m.activityType().code(),
          "country",
          m.receiving().country().code());
    }
  }

  /** VET-NOT-ASSOCIATED-DESTINATION: excluded countries and regions. */
  static final class NotAssociatedDestination extends MobilityCheck {
    NotAssociatedDestination() {
      super(Rule.VET_NOT_ASSOCIATED_DESTINATION);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      Outcome pre = notAssociatedPrecondition(m, d);
      if (pre != null) {
        return pre;
      }
      Outcome unset = unset(d.destinationRule);
      if (unset != null) {
        return unset;
      }
      if (d.isExcludedDestination(m.receiving().country())) {
        return Outcome.FAILED;
      }
      // Not excluded by name, but the regions the edition allows are unknown.
      return d.regionsUnknown ? Outcome.NOT_EVALUATED : Outcome.PASSED;
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation("", "not_associated.excluded_countries", "not_associated.eligible_regions"),
          "country",
          m.receiving().country().code(),
          "edition",
          d.edition().key());
    }
  }

  /** VET-INCOMING-ORIGIN: experts and hosted teachers come from EU or associated countries. */
  static final class IncomingOrigin extends MobilityCheck {
    IncomingOrigin() {
      super(Rule.VET_INCOMING_ORIGIN);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      if (!incoming(m)) {
        return Outcome.NOT_APPLICABLE;
      }
      Outcome unset = unset(d.incomingOriginRule);
      if (unset != null) {
        return unset;
      }
      if (d.incomingOriginRule == EditionData.T_NO) {
        return Outcome.PASSED;
      }
      CountryCode from = m.sending().country();
      if (d.status(from) == CountryStatus.UNKNOWN) {
        return Outcome.NOT_EVALUATED;
      }
      return passIf(d.isProgrammeCountry(from));
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation("", "incoming.origin_programme_countries_only"),
          "activity",
          m.activityType().code(),
          "country",
          m.sending().country().code());
    }
  }

  /** VET-PILOT-FLOW: between an EU Member State and a partner country of the pilot. */
  static final class PilotFlow extends MobilityCheck {
    PilotFlow() {
      super(Rule.VET_PILOT_FLOW);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      Outcome unset = unset(d.pilotFlow);
      if (unset != null) {
        return unset;
      }
      CountryCode from = m.sending().country();
      CountryCode to = m.receiving().country();
      boolean euFrom = d.status(from) == CountryStatus.EU_MEMBER_STATE;
      boolean euTo = d.status(to) == CountryStatus.EU_MEMBER_STATE;
      return passIf((euFrom && d.isPilotPartner(to)) || (d.isPilotPartner(from) && euTo));
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation("", "pilot.partner_countries"),
          "partners",
          d.fact("pilot.partner_countries").value().orElse("?").replace(';', ','),
          "from",
          m.sending().country().code(),
          "to",
          m.receiving().country().code());
    }
  }
}
