package io.github.vetmobility.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource({"1500, 150000", "59.5, 5950", "0.07, 7", "-12.30, -1230", "+3, 300", "' 7.10 ', 710"})
  void parsesDecimalEuros(String text, long cents) {
    assertThat(Money.parse(text).cents()).isEqualTo(cents);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "1,50", "1.505", "1.", ".5", "EUR 5", "1e3", "--1", "12345678901234567"})
  void refusesOtherAmounts(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("amount");
  }

  @ParameterizedTest
  @CsvSource({
    "8500, 7, 10, 5950",
    "8550, 7, 10, 5985",
    "100, 8, 10, 80",
    "5, 1, 2, 3",
    "-5, 1, 2, -3"
  })
  void scalesWithHalfUpRounding(long cents, long num, long den, long expected) {
    assertThat(Money.ofCents(cents).times(num, den).cents()).isEqualTo(expected);
  }

  @Property
  void decimalStringParsesBack(
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long cents) {
    Money m = Money.ofCents(cents);
    assertThat(Money.parse(m.toDecimalString())).isEqualTo(m);
  }

  @Property
  void decimalTextsAreTheNumberWithTwoDecimals(@ForAll long cents) {
    java.math.BigDecimal exact = java.math.BigDecimal.valueOf(cents, 2);
    Money m = Money.ofCents(cents);
    assertThat(m.toDecimalString()).isEqualTo(exact.toPlainString());
    assertThat(m.toGroupedString()).isEqualTo(String.format(java.util.Locale.ROOT, "%,.2f", exact));
    assertThat(io.github.vetmobility.json.Json.appendMoney(new StringBuilder("x"), m).toString())
        .isEqualTo("x" + exact.toPlainString());
  }

  @Example
  void decimalTextsAtTheEdges() {
    for (long cents : new long[] {0, 1, -1, 9, 10, 99, 100, -100, 99_999, 100_000, -100_000}) {
      String plain = java.math.BigDecimal.valueOf(cents, 2).toPlainString();
      assertThat(Money.ofCents(cents).toDecimalString()).as("%d", cents).isEqualTo(plain);
    }
    assertThat(Money.ofCents(Long.MIN_VALUE).toGroupedString())
        .isEqualTo("-92,233,720,368,547,758.08");
    assertThat(Money.ofCents(Long.MAX_VALUE).toDecimalString()).isEqualTo("92233720368547758.07");
  }

  @Property
  void plusAndMinusAreInverse(
      @ForAll @LongRange(min = -1_000_000L, max = 1_000_000L) long a,
      @ForAll @LongRange(min = -1_000_000L, max = 1_000_000L) long b) {
    assertThat(Money.ofCents(a).plus(Money.ofCents(b)).minus(Money.ofCents(b)))
        .isEqualTo(Money.ofCents(a));
  }
}
