package io.github.vetmobility.rules.internal;

import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.participant.StaffLink;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Outcome;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.Severity;
import java.time.LocalDate;

/** Rules on the participant: recent graduates, staff, accompanying persons. Not part of the API. */
final class ParticipantChecks {
  private ParticipantChecks() {}

  /** VET-RECENT-GRADUATE: within the months after graduation (at the start unless 'end'). */
  static final class RecentGraduate extends MobilityCheck {
    RecentGraduate() {
      super(Rule.VET_RECENT_GRADUATE);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      Participant p = m.participant();
      if (p.category() != ParticipantCategory.RECENT_GRADUATE) {
        return Outcome.NOT_APPLICABLE;
      }
      int months = d.recentGraduateMonths;
      Outcome unset = unset(months);
      if (unset != null) {
        return unset;
      }
      if (p.graduationDate().isEmpty()) {
        return Outcome.NOT_EVALUATED;
      }
      LocalDate graduation = p.graduationDate().get();
      LocalDate day = d.recentGraduateAtEnd ? m.endDate() : m.startDate();
      return passIf(!day.isBefore(graduation) && !isAfterMonths(day, graduation, months));
    }

    @Override
    protected String input(Mobility m) {
      return m.participant().graduationDate().isEmpty() ? "participant.graduationDate" : null;
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      LocalDate graduation = m.participant().graduationDate().get();
      LocalDate day = d.recentGraduateAtEnd ? m.endDate() : m.startDate();
      // Compulsory civil or military service extends the period; the model does not hold it, so a
      // late start is only a warning where the edition knows the extension.
      Severity severity =
          !day.isBefore(graduation) && d.recentGraduateServiceExtension == EditionData.T_YES
              ? Severity.WARNING
              : Severity.ERROR;
      return finding(
          severity,
          rule().field(),
          d.citation("", "recent_graduate.months"),
          "months",
          d.recentGraduateMonths,
          "graduationDate",
          graduation.toString(),
          "boundary",
          d.recentGraduateAtEnd ? "end" : "start",
          "date",
          day.toString());
    }
  }

  /** VET-STAFF-LINK: staff are employed by or regularly work for the sending organisation. */
  static final class StaffLinkRule extends MobilityCheck {
    StaffLinkRule() {
      super(Rule.VET_STAFF_LINK);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      if (m.participant().category() != ParticipantCategory.STAFF) {
        return Outcome.NOT_APPLICABLE;
      }
      Outcome unset = unset(d.staffLinkRequired);
      if (unset != null) {
        return unset;
      }
      if (d.staffLinkRequired == EditionData.T_NO) {
        return Outcome.PASSED;
      }
      if (m.participant().staffLink().isEmpty()) {
        return Outcome.NOT_EVALUATED;
      }
      return passIf(m.participant().staffLink().get() != StaffLink.NONE);
    }

    @Override
    protected String input(Mobility m) {
      return m.participant().staffLink().isEmpty() ? "participant.staffLink" : null;
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(d.citation("", "staff.link_required"));
    }
  }

  /** VET-ACCOMPANIED: accompanying persons go with learners or fewer-opportunity participants. */
  static final class Accompanied extends MobilityCheck {
    Accompanied() {
      super(Rule.VET_ACCOMPANIED);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      if (!m.accompanied()) {
        return Outcome.NOT_APPLICABLE;
      }
      Outcome unset = unset(d.accompanyingRule);
      if (unset != null) {
        return unset;
      }
      Participant p = m.participant();
      return passIf(
          d.accompanyingRule == EditionData.T_NO
              || p.category().isLearner()
              || p.fewerOpportunities());
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation("", "accompanying.for_learners_or_fewer_opportunities"),
          "category",
          m.participant().category().key());
    }
  }
}
