package io.github.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.render.ReportRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Pins what the renderers write for two sample reports, so that work on their speed cannot change
 * their output unnoticed: SHA-256 of the HTML, CSV and JSON bytes, and of every part of the DOCX
 * and XLSX packages but the chart pictures (drawn by Java 2D, whose antialiasing may differ between
 * JDK builds) and the document properties. The PDF is pinned by what its pages draw: the page count
 * and SHA-256 of every page's content stream (text and its positions, rules, borders; the chart
 * pictures are separate objects, left out for the same reason), after two renders gave the same
 * bytes. When an output changes on purpose, run this test, check the change, and put the new hashes
 * it prints here.
 */
class RenderedBytesPinTest {
  private static final Map<String, String> PINNED =
      Map.ofEntries(
          Map.entry(
              "target.html", "b69a0637ee23961a883c5c4e29bd84cacda0cd6dc8a2b9fd49888a7c84a4a003"),
          Map.entry(
              "target.csv", "4fce2c0a3f717b593044e58457c7f6c5a12bd77e29545e49bec654d9ba28951f"),
          Map.entry(
              "target.json", "6fb1b3b55a2174c21ae1f606f659bc0bc0088e76d6ed97b886369d1bedc64ff7"),
          Map.entry(
              "target.docx", "e1d2811dc80ef2a07b694032f09b78d7e7ee4286594258485c34f587e24b2017"),
          Map.entry(
              "target.xlsx", "629610aac0851144e82e011ab4d85a390b48d9a6721f319d81bfcb92d8063669"),
          Map.entry(
              "periodic.html", "0daf46d566723274b2ab1b2d0483f1c83726e7e97414a05842f423f78cc8ed4d"),
          Map.entry(
              "periodic.csv", "ff6bbc26b5c348b1e7bfb067152962a6fde335bfd87d9bf7c6504d2cc2432862"),
          Map.entry(
              "periodic.json", "f3b4c73be4c16dbb9241eb1c4008b1683874e282d0b1d7362375cbb8e03493fb"),
          Map.entry(
              "periodic.docx", "e4b8ee82697956b2fb6e012a38ac2b87e8e84f6a35f25c5a287e20cc293f7011"),
          Map.entry(
              "periodic.xlsx", "dc463f24a4c77e63876107c92e11b76db86fee3fd33be4898daa73b79a3cd192"));

  /** Page count and SHA-256 of the pages' content streams, one after another. */
  private static final Map<String, String> PINNED_PDF =
      Map.of(
          "target.pdf", "2 71d92724f9e8089c4000578c48ad16243a18e549ceab3fdd21f54beacda8caeb",
          "periodic.pdf", "4 324554d74191def1409ed338f34942a298432eb1766c49a244c82a5bd7a32ab5");

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The parts of a package in order, names and contents, without the pictures and the document
   * properties (their date follows {@code SOURCE_DATE_EPOCH} when it is set).
   */
  private static byte[] partsWithoutPictures(byte[] zip) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.getName().contains("/media/") || e.getName().startsWith("docProps/")) {
          continue;
        }
        out.write(e.getName().getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.write(in.readAllBytes());
        out.write(0);
      }
    }
    return out.toByteArray();
  }

  @Test
  void theRenderersWriteWhatTheyWroteBefore() throws IOException {
    Map<String, String> actual = new LinkedHashMap<>();
    Map<String, Report> reports =
        Map.of("target", SampleReports.targetAchievement(), "periodic", SampleReports.periodic());
    for (var report : reports.entrySet()) {
      for (ReportFormat format : ReportFormat.values()) {
        if (format == ReportFormat.PDF) {
          continue;
        }
        ReportRenderer renderer = format.renderer();
        byte[] bytes = renderer.toBytes(report.getValue());
        boolean office = format == ReportFormat.DOCX || format == ReportFormat.XLSX;
        actual.put(
            report.getKey() + "." + renderer.extension(),
            sha256(office ? partsWithoutPictures(bytes) : bytes));
      }
    }
    StringBuilder printed = new StringBuilder();
    actual.forEach(
        (k, v) ->
            printed
                .append("          Map.entry(\"")
                .append(k)
                .append("\", \"")
                .append(v)
                .append("\"),\n"));
    assertThat(actual).as("hashes now:%n%s", printed).isEqualTo(PINNED);
  }

  @Test
  void thePdfIsTheSameTwiceAndItsPagesDrawWhatTheyDrewBefore() throws IOException {
    Map<String, String> actual = new LinkedHashMap<>();
    Map<String, Report> reports =
        Map.of("target", SampleReports.targetAchievement(), "periodic", SampleReports.periodic());
    for (var report : reports.entrySet()) {
      ReportRenderer pdf = ReportFormat.PDF.renderer();
      byte[] first = pdf.toBytes(report.getValue());
      byte[] second = pdf.toBytes(report.getValue());
      assertThat(second).as("two renders of %s", report.getKey()).isEqualTo(first);
      java.io.ByteArrayOutputStream pages = new java.io.ByteArrayOutputStream();
      int count;
      try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(first)) {
        count = doc.getNumberOfPages();
        for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
          try (java.io.InputStream content = page.getContents()) {
            content.transferTo(pages);
          }
          pages.write(0);
        }
      }
      actual.put(report.getKey() + ".pdf", count + " " + sha256(pages.toByteArray()));
    }
    assertThat(actual).as("now: %s", actual).isEqualTo(PINNED_PDF);
  }
}
