package io.github.vetmobility.validation.internal;

import io.github.vetmobility.validation.EligibilitySettings;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The Hibernate Validator extensions this module uses, touched only when Hibernate Validator is on
 * the class path (it is an optional dependency) and is the provider of the context.
 */
final class HibernateExtensions {
  private static final boolean PRESENT = present();

  private HibernateExtensions() {}

  private static boolean present() {
    try {
      Class.forName(
          "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext",
          false,
          HibernateExtensions.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Returns the settings the host set on the factory, or the defaults. */
  static EligibilitySettings settings(ConstraintValidatorContext context) {
    EligibilitySettings s = PRESENT ? Hibernate.settings(context) : null;
    return s != null ? s : EligibilitySettings.defaults();
  }

  /**
   * Sets the message parameters and the dynamic payload of the violations added next; does nothing
   * with another provider.
   */
  static void describe(
      ConstraintValidatorContext context, Map<String, Object> parameters, Object payload) {
    if (PRESENT) {
      Hibernate.describe(context, parameters, payload);
    }
  }

  // Every Hibernate Validator type is confined to this class, loaded only when PRESENT.
  private static final class Hibernate {
    static EligibilitySettings settings(ConstraintValidatorContext context) {
      HibernateConstraintValidatorContext hv = unwrap(context);
      return hv == null ? null : hv.getConstraintValidatorPayload(EligibilitySettings.class);
    }

    static void describe(
        ConstraintValidatorContext context, Map<String, Object> parameters, Object payload) {
      HibernateConstraintValidatorContext hv = unwrap(context);
      if (hv != null) {
        parameters.forEach(hv::addMessageParameter);
        hv.withDynamicPayload(payload);
      }
    }

    private static HibernateConstraintValidatorContext unwrap(ConstraintValidatorContext context) {
      if (context instanceof HibernateConstraintValidatorContext hv) {
        return hv;
      }
      try {
        return context.unwrap(HibernateConstraintValidatorContext.class);
      } catch (ValidationException notHibernate) {
        return null;
      }
    }
  }
}
