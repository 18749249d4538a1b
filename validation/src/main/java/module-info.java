/**
 * vetmobility validation: Jakarta Bean Validation constraints over vetmobility core.
 *
 * <p>The constraint annotations are in {@code io.github.vetmobility.validation}; their validators
 * are in an internal package that is opened (for the provider to instantiate them) but not
 * exported. Hibernate Validator is optional: its extensions (dynamic payload, message parameters,
 * the programmatic constraint definitions in {@code io.github.vetmobility.validation.hibernate})
 * are used only when it is the provider.
 */
module io.github.vetmobility.validation {
  requires transitive io.github.vetmobility.core;
  requires transitive jakarta.validation;
  requires static org.hibernate.validator;

  exports io.github.vetmobility.validation;
  // Needs Hibernate Validator; a host on another provider never loads it.
  exports io.github.vetmobility.validation.hibernate;

  // The provider creates the validators reflectively; nothing else may use them.
  opens io.github.vetmobility.validation.internal;
}
