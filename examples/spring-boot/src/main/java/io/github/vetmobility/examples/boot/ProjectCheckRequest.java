package io.github.vetmobility.examples.boot;

import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.project.Project;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /projects/check}: a project reference and the project's mobilities, each
 * in the shape of {@code POST /mobilities/check}. Only the field constraints are checked before the
 * assessment (a mobility that breaks a rule is part of the answer, not a 400).
 *
 * @param projectReference the project's reference; it selects the rule book, and every mobility
 *     without a reference of its own takes it
 * @param mobilities the mobilities, in the project's order (participants are ranked by start date,
 *     then by this order)
 */
public record ProjectCheckRequest(
    @NotNull @io.github.vetmobility.validation.ProjectReference String projectReference,
    @NotNull @Size(max = 10_000) List<@NotNull @Valid MobilityCheckRequest> mobilities) {

  /** Returns the project for core: reference and mobilities (beneficiary and dates not given). */
  Project project() {
    ProjectReference reference = ProjectReference.parse(projectReference);
    List<Mobility> list = new ArrayList<>(mobilities.size());
    for (MobilityCheckRequest m : mobilities) {
      Mobility mobility = m.mobility();
      list.add(
          mobility.projectReference().isPresent()
              ? mobility
              : Mobility.builder().from(mobility).projectReference(reference).build());
    }
    return Project.builder().reference(reference).mobilities(list).build();
  }
}
