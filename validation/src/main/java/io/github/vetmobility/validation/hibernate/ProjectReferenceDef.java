package io.github.vetmobility.validation.hibernate;

import io.github.vetmobility.validation.ProjectReference;
import org.hibernate.validator.cfg.ConstraintDef;

/** Defines {@link ProjectReference} programmatically. */
public final class ProjectReferenceDef
    extends ConstraintDef<ProjectReferenceDef, ProjectReference> {
  /** Creates a definition with the annotation's defaults. */
  public ProjectReferenceDef() {
    super(ProjectReference.class);
  }
}
