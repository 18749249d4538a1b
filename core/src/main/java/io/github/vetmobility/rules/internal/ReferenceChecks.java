package io.github.vetmobility.rules.internal;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.internal.Unboxed;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Accreditation;
import io.github.vetmobility.organisation.AccreditationKind;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Outcome;
import io.github.vetmobility.rules.Rule;
import java.util.List;

/** Rules on identifiers: the project reference and accreditation codes. Not part of the API. */
final class ReferenceChecks {
  private ReferenceChecks() {}

  private static final String REFERENCE_BASIS =
      "a project reference names its call year and key action (YYYY-R-CCNN-KAnnn-...)";

  /** VET-REFERENCE-EDITION: the reference names the rule book's call year and key action. */
  static final class Edition extends MobilityCheck {
    Edition() {
      super(Rule.VET_REFERENCE_EDITION);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      ProjectReference r = (ProjectReference) Unboxed.reference(m);
      if (r == null) {
        return Outcome.NOT_APPLICABLE;
      }
      return passIf(
          d.action() != null
              && r.callYear() == d.edition().callYear()
              && r.keyAction().equals(d.action()));
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      ProjectReference r = m.projectReference().get();
      return finding(
          d.citation(REFERENCE_BASIS),
          "referenceCall",
          r.callYear(),
          "referenceAction",
          r.keyAction().code(),
          "edition",
          d.edition().key(),
          "action",
          d.action() == null ? "(pilot, no key action)" : d.action().code());
    }
  }

  /** VET-REFERENCE-FIELD: a 2021-2027 reference is in the field VET. */
  static final class Field extends MobilityCheck {
    Field() {
      super(Rule.VET_REFERENCE_FIELD);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      ProjectReference r = (ProjectReference) Unboxed.reference(m);
      String field = r == null ? null : (String) Unboxed.field(r);
      if (field == null) {
        return Outcome.NOT_APPLICABLE;
      }
      return passIf("VET".equals(field));
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation("the field segment of a 2021-2027 reference names the sector"),
          "field",
          m.projectReference().get().field().get());
    }
  }

  /** VET-REFERENCE-AGENCY: the National Agency is in an EU Member State or associated country. */
  static final class Agency extends MobilityCheck {
    Agency() {
      super(Rule.VET_REFERENCE_AGENCY);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      ProjectReference r = (ProjectReference) Unboxed.reference(m);
      if (r == null || d.action() == null) {
        return Outcome.NOT_APPLICABLE;
      }
      CountryCode c = r.nationalAgency().country();
      if (d.status(c) == io.github.vetmobility.edition.CountryStatus.UNKNOWN) {
        return Outcome.NOT_EVALUATED;
      }
      return passIf(d.isProgrammeCountry(c));
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation(REFERENCE_BASIS, "applicant.statuses"),
          "agency",
          m.projectReference().get().nationalAgency().code(),
          "edition",
          d.edition().key());
    }
  }

  /** VET-AGENCY-COUNTRY: the beneficiary side is in the agency's country. */
  static final class AgencyCountry extends MobilityCheck {
    AgencyCountry() {
      super(Rule.VET_AGENCY_COUNTRY);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      ProjectReference r = (ProjectReference) Unboxed.reference(m);
      if (r == null || d.action() == null) {
        return Outcome.NOT_APPLICABLE;
      }
      CountryCode agency = r.nationalAgency().country();
      return passIf(d.stateOf(beneficiarySide(m).country()) == agency);
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          rule().severity(),
          side(m) + ".country",
          d.citation(REFERENCE_BASIS, "applicant.statuses"),
          "side",
          side(m),
          "country",
          beneficiarySide(m).country().code(),
          "agency",
          m.projectReference().get().nationalAgency().code());
    }
  }

  /** VET-ACCREDITATION-CODE: accreditation codes are VET codes of the organisation's country. */
  static final class AccreditationCode extends MobilityCheck {
    AccreditationCode() {
      super(Rule.VET_ACCREDITATION_CODE);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      List<Accreditation> list = beneficiarySide(m).accreditations();
      Outcome outcome = Outcome.NOT_APPLICABLE;
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).code().isPresent()) {
          if (wrong(list.get(i), beneficiarySide(m), d)) {
            return Outcome.FAILED;
          }
          outcome = Outcome.PASSED;
        }
      }
      return outcome;
    }

    private static boolean wrong(Accreditation a, Organisation o, EditionData d) {
      io.github.vetmobility.identifier.AccreditationCode code = a.code().get();
      return a.kind() != AccreditationKind.ERASMUS_ACCREDITATION
          || !"VET".equals(code.field())
          || code.nationalAgency().country() != d.stateOf(o.country());
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      Organisation o = beneficiarySide(m);
      String code = "";
      for (Accreditation a : o.accreditations()) {
        if (a.code().isPresent() && wrong(a, o, d)) {
          code = a.code().get().toString();
          break;
        }
      }
      return finding(
          rule().severity(),
          side(m) + ".accreditations",
          d.citation(
              "KA120 accreditations are awarded per field by the National Agency of the"
                  + " organisation's country",
              "ka121.accreditation_valid_on_start"),
          "code",
          code,
          "country",
          o.country().code());
    }
  }
}
