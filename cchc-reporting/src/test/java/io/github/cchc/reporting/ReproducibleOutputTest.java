package io.github.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.reporting.docx.DocxRenderer;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.pdf.PdfRenderer;
import io.github.cchc.reporting.xlsx.XlsxRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The same report gives the same bytes in every format: the times written into the files are the
 * report's date, not the clock.
 */
class ReproducibleOutputTest {
  private final Report report = SampleReports.targetAchievement();
  private final Instant day =
      report.header().date().atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(7));

  @Test
  void twoRendersGiveTheSameBytes() throws IOException {
    assertThat(new PdfRenderer().toBytes(report)).isEqualTo(new PdfRenderer().toBytes(report));
    assertThat(new DocxRenderer().toBytes(report)).isEqualTo(new DocxRenderer().toBytes(report));
    assertThat(new XlsxRenderer().toBytes(report)).isEqualTo(new XlsxRenderer().toBytes(report));
  }

  @Test
  void officeFilesCarryTheReportDateInTheirPropertiesAndEntries() throws IOException {
    for (byte[] file :
        List.of(new DocxRenderer().toBytes(report), new XlsxRenderer().toBytes(report))) {
      List<Long> times = new ArrayList<>();
      String core = null;
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null) {
          times.add(e.getTime());
          if (e.getName().equals("docProps/core.xml")) {
            core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
          }
        }
      }
      assertThat(times).isNotEmpty().allMatch(t -> t == day.toEpochMilli());
      assertThat(core).contains(">" + day + "</dcterms:created>").contains("cchc-sdk");
    }
  }

  @Test
  void thePdfCarriesTheReportDate() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(new PdfRenderer().toBytes(report))) {
      assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(day);
    }
  }
}
