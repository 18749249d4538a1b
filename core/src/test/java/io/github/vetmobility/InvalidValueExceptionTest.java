package io.github.vetmobility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {
  @Test
  void aBatchExceptionSaysTheSameWithoutAStackTrace() {
    InvalidValueException usual =
        new InvalidValueException("oid", "E1", "'E' followed by 8 digits");
    InvalidValueException quiet =
        InvalidValueException.withoutStackTrace("oid", "E1", "'E' followed by 8 digits");
    assertThat(quiet).hasMessage(usual.getMessage());
    assertThat(quiet.field()).isEqualTo("oid");
    assertThat(quiet.value()).isEqualTo("E1");
    assertThat(quiet.expected()).isEqualTo(usual.expected());
    assertThat(quiet.getStackTrace()).isEmpty();
    assertThat(usual.getStackTrace()).isNotEmpty();
  }
}
