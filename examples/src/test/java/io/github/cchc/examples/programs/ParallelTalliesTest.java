package io.github.cchc.examples.programs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.examples.data.DossierGenerator;
import io.github.cchc.examples.data.SampleData;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.model.dossier.Dossier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelTalliesTest {
  @TempDir static Path dir;
  static Path export;
  static List<Dossier> dossiers;

  @BeforeAll
  static void generate() throws IOException {
    export = dir.resolve("dossiers-3000.csv");
    SampleData.generate(export, 3_000, DossierGenerator.DEFAULT_SEED);
    dossiers = ParallelTallies.read(export);
  }

  @Test
  void mergedTalliesEqualTheSequentialOneForAnySplit() throws InterruptedException {
    Tally one = ParallelTallies.sequential(dossiers);
    assertThat(one.groups().size()).isGreaterThan(1);
    assertThat(one.total().received()).isPositive();
    for (int threads : new int[] {1, 2, 3, 7}) {
      assertThat(ParallelTallies.parallel(dossiers, threads))
          .as("%d threads", threads)
          .isEqualTo(one);
    }
    assertThat(ParallelTallies.parallelStream(dossiers)).isEqualTo(one);
    assertThat(ParallelTallies.columns(dossiers)).isEqualTo(one);
    List<Dossier> shuffled = new ArrayList<>(dossiers);
    Collections.shuffle(shuffled, new Random(42));
    assertThat(ParallelTallies.parallel(shuffled, 4)).isEqualTo(one);
  }

  @Test
  void aMissingSliceIsNotEqual() throws InterruptedException {
    Tally one = ParallelTallies.sequential(dossiers);
    Tally part = ParallelTallies.parallel(dossiers.subList(0, dossiers.size() - 1), 2);
    assertThat(part).isNotEqualTo(one);
  }

  @Test
  void printsBothTotalsAndEquality() throws InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ParallelTallies.print(export, 3, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    Tally one = ParallelTallies.sequential(dossiers);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Đã đọc " + dossiers.size() + " hồ sơ hợp lệ")
        .contains("1 luồng: " + one.groups().size() + " cơ quan, " + one.total().received())
        .contains("3 luồng, Tally.merge: " + one.groups().size() + " cơ quan, ")
        .contains("DossierColumns.parallelTally: " + one.groups().size() + " cơ quan, ")
        .contains("bằng nhau: true, true, true");
  }
}
