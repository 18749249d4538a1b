package io.github.vetmobility.examples.cli.input;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.AccreditationCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Accreditation;
import io.github.vetmobility.organisation.AccreditationKind;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.project.Project;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What one row states about its project itself, in the optional project columns of the canonical
 * layout (beneficiary, dates, grants): the facts core's project-level rules read. Every row of a
 * project may state them; a fact a row leaves empty is not stated by that row. Immutable.
 */
public final class ProjectFacts {
  /** The project columns, in the order of {@link #get}. */
  public static final List<CanonicalColumn> COLUMNS =
      List.of(
          CanonicalColumn.BENEFICIARY_OID,
          CanonicalColumn.BENEFICIARY_COUNTRY,
          CanonicalColumn.BENEFICIARY_ACCREDITATION,
          CanonicalColumn.BENEFICIARY_ACCREDITATION_FROM,
          CanonicalColumn.PROJECT_START,
          CanonicalColumn.PROJECT_END,
          CanonicalColumn.PROJECT_GRANT,
          CanonicalColumn.PROJECT_NOT_ASSOCIATED_GRANT,
          CanonicalColumn.PROJECT_COURSES_GRANT);

  private final Object[] values;

  ProjectFacts(Object[] values) {
    this.values = values.clone();
  }

  /**
   * Returns the value a row states in a project column.
   *
   * @param index the column's index in {@link #COLUMNS}
   * @return the value (OID, country, accreditation code, date or amount), or {@code null}
   */
  public Object get(int index) {
    return values[index];
  }

  /**
   * Returns the project described by facts (a value per column of {@link #COLUMNS}, {@code null}
   * when unknown): the beneficiary when its country is known, the dates and grants.
   *
   * @param project the project's reference and nothing else yet
   * @param facts the facts
   * @return the project
   */
  public static Project describe(Project.Builder project, Object[] facts) {
    CountryCode country = (CountryCode) facts[1];
    if (country != null) {
      Organisation.Builder b = Organisation.builder().country(country);
      if (facts[0] != null) {
        b.oid((OrganisationId) facts[0]);
      }
      if (facts[2] != null && facts[3] != null) {
        b.addAccreditations(
            Accreditation.builder()
                .kind(AccreditationKind.ERASMUS_ACCREDITATION)
                .code((AccreditationCode) facts[2])
                .validFrom((LocalDate) facts[3])
                .build());
      }
      project.beneficiary(b.build());
    }
    if (facts[4] != null) {
      project.startDate((LocalDate) facts[4]);
    }
    if (facts[5] != null) {
      project.endDate((LocalDate) facts[5]);
    }
    if (facts[6] != null) {
      project.awardedGrant((Money) facts[6]);
    }
    if (facts[7] != null) {
      project.notAssociatedGrant((Money) facts[7]);
    }
    if (facts[8] != null) {
      project.coursesGrant((Money) facts[8]);
    }
    return project.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProjectFacts && Arrays.equals(values, ((ProjectFacts) o).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
