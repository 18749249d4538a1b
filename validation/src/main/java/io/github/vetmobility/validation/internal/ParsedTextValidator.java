package io.github.vetmobility.validation.internal;

import io.github.vetmobility.InvalidValueException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * A text constraint whose only check is that one of core's parsers accepts the text: the parser is
 * the single definition of the format, so no pattern is repeated here. {@code null} is valid.
 *
 * @param <A> the constraint annotation
 */
public abstract class ParsedTextValidator<A extends Annotation>
    implements ConstraintValidator<A, CharSequence> {

  /** For subclasses. */
  protected ParsedTextValidator() {}

  /**
   * Parses the text with core's parser.
   *
   * @param text the text, never {@code null}
   * @throws InvalidValueException if the parser refuses it
   */
  protected abstract void parse(CharSequence text);

  @Override
  public final boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      parse(value);
      return true;
    } catch (InvalidValueException refused) {
      return false;
    }
  }
}
