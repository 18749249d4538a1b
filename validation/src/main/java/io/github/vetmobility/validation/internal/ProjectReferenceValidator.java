package io.github.vetmobility.validation.internal;

import io.github.vetmobility.validation.ProjectReference;

/**
 * Validates {@link ProjectReference} with core's {@link
 * io.github.vetmobility.identifier.ProjectReference#parse(CharSequence)}.
 */
public final class ProjectReferenceValidator extends ParsedTextValidator<ProjectReference> {
  /** Created by the Bean Validation provider. */
  public ProjectReferenceValidator() {}

  @Override
  protected void parse(CharSequence text) {
    io.github.vetmobility.identifier.ProjectReference.parse(text);
  }
}
