package io.github.cchc.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.model.dossier.Dossier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON Lines export reads through Beam as through the core reader. */
class ReadJsonLinesTest {
  @Test
  void jsonLinesGiveTheSameDossiersAndRejectedRows(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ho-so-2024.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "\uFEFF{\"Mã hồ sơ\":\"H10.01-0001\",\"Mã thủ tục\":\"1.001234\","
                + "\"Cơ quan giải quyết\":\"Sở Xây dựng\",\"Hình thức nộp\":\"Trực tuyến\","
                + "\"Ngày tiếp nhận\":\"05/01/2024 08:30\",\"Ngày hẹn trả\":\"19/01/2024 17:00\","
                + "\"Ngày có kết quả\":\"18/01/2024 10:00\"}",
            "{\"dossier_id\":\"H10.02-0002\",\"procedure_code\":\"2.000123\",\"agency\":\"Sở Tư pháp\","
                + "\"channel\":\"DIRECT\",\"received_at\":\"2024-01-06T09:00\","
                + "\"due_at\":\"2024-01-20T17:00\",\"pauses\":[{\"start\":\"2024-01-08T09:00\","
                + "\"end\":\"2024-01-10T09:00\"}]}",
            "",
            "{\"dossier_id\":\"H10.02-0003\",\"procedure_code\":\"2.000123\"",
            "{\"dossier_id\":\"H10.02-0002\",\"procedure_code\":\"2.000123\",\"agency\":\"Sở Tư pháp\","
                + "\"channel\":\"DIRECT\",\"received_at\":\"2024-01-06T09:00\","
                + "\"due_at\":\"2024-01-20T17:00\"}",
            "{\"dossier_id\":\"H10.02-0004\",\"procedure_code\":\"2.000123\",\"agency\":\"Sở Tư pháp\","
                + "\"channel\":\"Fax\",\"received_at\":\"2024-01-06T09:00\","
                + "\"due_at\":\"2024-01-20T17:00\"}"),
        StandardCharsets.UTF_8);
    List<Dossier> expected = new ArrayList<>();
    ReadReport report = DossierReader.defaults().read(file, expected::add);

    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    PCollectionTuple out = p.apply(ReadDossiers.from(file.toString()));
    Collect<Dossier> dossiers = Collect.from(out.get(ReadDossiers.DOSSIERS), "Dossiers");
    Collect<RejectedRow> rejected = Collect.from(out.get(ReadDossiers.REJECTED), "Rejected");
    p.run().waitUntilFinish();

    assertThat(report.accepted()).isEqualTo(2);
    assertThat(report.rejectedCount()).isEqualTo(3);
    assertThat(dossiers.items()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(rejected.items()).containsExactlyInAnyOrderElementsOf(report.rejected());
  }
}
