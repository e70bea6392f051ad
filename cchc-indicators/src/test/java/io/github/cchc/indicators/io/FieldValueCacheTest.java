package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache answers as a map from text to value, whatever the texts share. */
class FieldValueCacheTest {
  @Test
  void answersAsAMap() {
    qt().forAll(
            lists().of(strings().allPossible().ofLengthBetween(0, 40)).ofSizeBetween(0, 300),
            lists().of(strings().allPossible().ofLengthBetween(0, 40)).ofSizeBetween(0, 50))
        .checkAssert(
            (stored, probes) -> {
              FieldValueCache cache = new FieldValueCache();
              Map<String, Object> map = new HashMap<>();
              for (int i = 0; i < stored.size(); i++) {
                cache.put(stored.get(i), i);
                map.putIfAbsent(stored.get(i), i);
              }
              for (String s : stored) {
                assertThat(get(cache, s)).isEqualTo(map.get(s));
              }
              for (String s : probes) {
                assertThat(get(cache, s)).isEqualTo(map.get(s));
              }
            });
  }

  @Test
  void textsThatDifferOnlyBetweenTheSampledCharactersAreStillTold() {
    FieldValueCache cache = new FieldValueCache();
    List<String> agencies =
        List.of(
            "UBND xã Tân Lập huyện Đồng Phú",
            "UBND xã Tân Lợi huyện Đồng Phú",
            "UBND xã Tân Hưng huyện Đồng Phú");
    for (String a : agencies) {
      cache.put(a, a.toUpperCase());
    }
    for (String a : agencies) {
      assertThat(get(cache, "  " + a + " ", 2, a.length())).isEqualTo(a.toUpperCase());
    }
    assertThat(get(cache, "UBND xã Tân Lộc huyện Đồng Phú")).isNull();
  }

  private static Object get(FieldValueCache cache, String s) {
    return get(cache, s, 0, s.length());
  }

  private static Object get(FieldValueCache cache, String padded, int off, int len) {
    char[] b = padded.toCharArray();
    return cache.get(b, off, len);
  }

  @Test
  void textsOfOneShapeSwitchTheCacheToAFullHashAndStayCorrect() {
    FieldValueCache cache = new FieldValueCache();
    List<String> codes = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      // same length, first, middle and last characters: one sampled hash for all
      codes.add(String.format("P%06d-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", i));
    }
    for (int i = 0; i < codes.size(); i++) {
      cache.put(codes.get(i), i);
    }
    assertThat(cache.hashesEveryCharacter()).isTrue();
    int found = 0;
    for (int i = 0; i < codes.size(); i++) {
      Object v = get(cache, codes.get(i));
      if (v != null) {
        assertThat(v).isEqualTo(i);
        found++;
      }
    }
    // a text whose probe sequence finds no free slot within MAX_PROBE is not cached (a miss, never
    // a wrong value): with a well-spread hash at most half full, that is rare
    assertThat(found).isGreaterThanOrEqualTo(codes.size() * 99 / 100);
    assertThat(get(cache, "P999999-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")).isNull();
  }
}
