package io.github.cchc.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReproducibleTest {
  @Test
  void sourceDateEpochIsSecondsSinceTheEpochAndAnUnreadableValueIsIgnored() {
    assertThat(Reproducible.sourceDateEpoch("1736442000"))
        .isEqualTo(Instant.parse("2025-01-09T17:00:00Z"));
    assertThat(Reproducible.sourceDateEpoch(" 0 ")).isEqualTo(Instant.EPOCH);
    assertThat(Reproducible.sourceDateEpoch(null)).isNull();
    assertThat(Reproducible.sourceDateEpoch("")).isNull();
    assertThat(Reproducible.sourceDateEpoch("hôm nay")).isNull();
  }
}
