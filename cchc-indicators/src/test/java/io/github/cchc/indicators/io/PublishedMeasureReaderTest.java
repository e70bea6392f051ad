package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.measure.PublishedMeasure;
import io.github.cchc.indicators.measure.PublishedMeasures;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedMeasureReaderTest {
  @Test
  void figuresWithTheirSourcesAndEveryBadRowReported() {
    List<PublishedMeasure> rows = new ArrayList<>();
    ReadReport r =
        PublishedMeasureReader.defaults()
            .read(
                "chi-so.csv",
                new ByteArrayInputStream(
                    ("indicator;period;value;out_of;source\n"
                            + "sipas;2023;87,59;;Bộ Nội vụ công bố ngày 11/5/2024\n"
                            + "par_index;2023;90.1;100;Bộ Nội vụ công bố ngày 11/5/2024\n"
                            + "par_index_rank;2023;1;63;Bộ Nội vụ công bố ngày 11/5/2024\n"
                            + "par_index_rank;2024;12;;Bộ Nội vụ\n"
                            + "sipas;2023;87;;bản sao\n")
                        .getBytes(StandardCharsets.UTF_8)),
                rows::add);
    assertThat(r.summary()).isEqualTo("read 5 rows: 3 accepted, 2 rejected");
    assertThat(r.rejected())
        .extracting(RejectedRow::describe)
        .containsExactly(
            "line 5: a rank needs out_of, the number of units ranked",
            "line 6: indicator: sipas for 2023 already given on line 2");
    PublishedMeasures m = PublishedMeasures.of(rows);
    assertThat(m.find("sipas", "2023").map(PublishedMeasure::value))
        .contains(new BigDecimal("87.59"));
    assertThat(m.find("par_index_rank", "2023").flatMap(PublishedMeasure::outOf))
        .contains(new BigDecimal("63"));
    assertThat(m.find("sipas", "2024")).isEmpty();
  }
}
