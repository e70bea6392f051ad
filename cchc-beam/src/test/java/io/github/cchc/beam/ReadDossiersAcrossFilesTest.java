package io.github.cchc.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.model.dossier.Dossier;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReadDossiers} rejects a repeated id in another file as one machine does: the first
 * occurrence in file then line order wins (round-robin shards put repeats in other files).
 */
class ReadDossiersAcrossFilesTest {
  @Test
  void aRepeatedIdInALaterFileIsRejected(@TempDir Path dir) throws Exception {
    Parity p = Parity.csv(dir, 3L, 400, 3);
    String[] expected = p.reference("all", null, LocalDate.of(2024, 12, 31), Definition.PROVINCIAL);
    assertThat(expected[1]).contains("ho-so-2024-phan-2.csv").contains("duplicate id");

    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    PCollectionTuple out = pipeline.apply(ReadDossiers.from(p.pattern));
    Collect<Dossier> dossiers = Collect.from(out.get(ReadDossiers.DOSSIERS), "AcrossDossiers");
    Collect<RejectedRow> rejected = Collect.from(out.get(ReadDossiers.REJECTED), "AcrossRejected");
    pipeline.run().waitUntilFinish();

    assertThat(IndicatorsPipeline.rejectedCsv(rejected.items())).isEqualTo(expected[1]);
    assertThat(expected[2])
        .startsWith(
            "read "
                + (dossiers.items().size() + rejected.items().size())
                + " rows: "
                + dossiers.items().size()
                + " accepted");
  }
}
