package io.github.cchc.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.examples.data.DossierGenerator;
import io.github.cchc.examples.data.GenerationSummary;
import io.github.cchc.examples.data.SampleData;
import io.github.cchc.reporting.model.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleReportTest {
  @Test
  void theRankingShowsEachAgencysOnTimeFiguresFromTheExport(@TempDir Path tmp) throws Exception {
    Path csv = tmp.resolve("dossiers.csv");
    GenerationSummary truth = SampleData.generate(csv, 20_000, DossierGenerator.DEFAULT_SEED);
    Report report = SampleReport.onTimeRanking(csv);
    ReportView view = SampleReport.view(report);

    GenerationSummary.Counts justice =
        truth.agencies().stream().filter(a -> a.agency().equals("Sở Tư pháp")).findFirst().get();
    assertThat(view.htmlFragment())
        .contains("Sở Tư pháp")
        .contains(String.format("%,d", justice.finished()).replace(',', '.'))
        .contains("năm 2024");
    assertThat(new ObjectMapper().readTree(view.json()).isObject()).isTrue();
    assertThat(view.json()).contains("Sở Tư pháp");
  }
}
