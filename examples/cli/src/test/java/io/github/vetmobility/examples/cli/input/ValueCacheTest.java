package io.github.vetmobility.examples.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueCacheTest {
  private final AtomicInteger parsed = new AtomicInteger();
  private final Function<String, String> parser =
      s -> {
        parsed.incrementAndGet();
        return "v" + s;
      };

  @Test
  void repeatedTextsAreParsedOnce() {
    ValueCache<String> cache = new ValueCache<>(parser, 1_000);
    for (int i = 0; i < 3 * ValueCache.WINDOW; i++) {
      assertThat(cache.get("t" + i % 10)).isEqualTo("v" + "t" + i % 10);
    }
    assertThat(parsed).hasValue(10);
    assertThat(cache.paused()).isFalse();
  }

  // One window of look-ups, `found` of which find their value: the cache pauses below one in
  // eight (512 of 4,096), not at it.
  @ParameterizedTest
  @CsvSource({"511, true", "512, false", "513, false"})
  void aCacheThatFindsTooLittlePauses(int found, boolean paused) {
    ValueCache<String> cache = new ValueCache<>(parser, 100_000);
    cache.get("again"); // a miss, counted in the window
    for (int i = 1; i < ValueCache.WINDOW; i++) {
      cache.get(i <= found ? "again" : "new" + i);
    }
    assertThat(cache.paused()).isEqualTo(paused);
  }

  @Test
  void aPausedCacheParsesEveryTimeThenTriesAgain() {
    ValueCache<String> cache = new ValueCache<>(parser, 100_000);
    for (int i = 0; i < ValueCache.WINDOW; i++) {
      cache.get("distinct" + i);
    }
    assertThat(cache.paused()).isTrue();
    parsed.set(0);
    for (int i = 0; i < ValueCache.PAUSE; i++) {
      assertThat(cache.get("same")).isEqualTo("vsame"); // right, though not remembered
    }
    assertThat(parsed).hasValue(ValueCache.PAUSE);
    assertThat(cache.paused()).isFalse();
    parsed.set(0);
    cache.get("other");
    cache.get("other");
    assertThat(parsed).hasValue(1);
  }

  @Test
  void peekAndPutFollowThePause() {
    ValueCache<String> cache = new ValueCache<>(parser, 100_000);
    for (int i = 0; i < ValueCache.WINDOW; i++) {
      assertThat(cache.peek("k" + i)).isNull();
    }
    cache.put("k", "value");
    assertThat(cache.peek("k")).isNull(); // paused: not remembered
    for (int i = 1; i < ValueCache.PAUSE; i++) {
      cache.peek("k");
    }
    cache.put("k", "value");
    assertThat(cache.peek("k")).isEqualTo("value");
  }

  @Test
  void aFullCacheIsEmptiedAndGoesOn() {
    ValueCache<String> cache = new ValueCache<>(parser, 4);
    for (int i = 0; i < 5; i++) {
      cache.get("t" + i);
    }
    parsed.set(0);
    cache.get("t4"); // kept after the map was emptied at the fifth
    cache.get("t0"); // emptied with the first four
    assertThat(parsed).hasValue(1);
  }
}
