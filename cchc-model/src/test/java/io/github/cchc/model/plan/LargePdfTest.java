package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.document.DocumentNumber;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large PDFs people really have: a signed plan whose pages carry images (seals, signatures, scanned
 * appendix tables) is tens of megabytes while its text is a few pages. Such a file was refused
 * before it was opened ("larger than 8000000 bytes"); it is read from disk (PdfSource).
 */
class LargePdfTest {
  private static Path real(String name) throws Exception {
    return Path.of(
        LargePdfTest.class.getResource("/io/github/cchc/model/corpus/binary/" + name).toURI());
  }

  /**
   * The PDF with an image of noise (which no compression makes smaller) drawn on each of its pages
   * until the file is over {@code bytes}: the images of seals and scans as real files have them,
   * the text layer left as it is.
   */
  static Path withImages(Path pdf, Path out, long bytes) throws IOException {
    Random random = new Random(42);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      int side = 900; // 900 × 900 RGB: 2.4 MB each
      long added = 0;
      int page = 0;
      while (Files.size(pdf) + added < bytes) {
        byte[] noise = new byte[3 * side * side];
        random.nextBytes(noise);
        java.io.ByteArrayOutputStream flate = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(flate)) {
          z.write(noise);
        }
        PDImageXObject x =
            new PDImageXObject(
                doc,
                new java.io.ByteArrayInputStream(flate.toByteArray()),
                COSName.FLATE_DECODE,
                side,
                side,
                8,
                PDDeviceRGB.INSTANCE);
        PDPage p = doc.getPage(page++ % doc.getNumberOfPages());
        try (PDPageContentStream s =
            new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
          s.drawImage(x, 20, 20, 40, 40); // a seal's size in a corner
        }
        added += 3L * side * side;
      }
      doc.save(out.toFile());
    }
    return out;
  }

  @Test
  void aSignedPlanWithImagesOfTwelveMegabytesIsReadAsItsSmallCopy(@TempDir Path tmp)
      throws Exception {
    // Kế hoạch 3070/KH-UBND of Bỉm Sơn (2024), exported by Word and signed (corpus/binary): 673 KB
    Path small = real("bimson-kh-3070-2024.pdf");
    Path large = withImages(small, tmp.resolve("bimson-kh-3070-2024-scans.pdf"), 12_000_000);
    assertThat(Files.size(large)).isGreaterThan(4L * PlanReader.MAX_TEXT_LENGTH);
    assertThat(PlanReader.text(large)).isEqualTo(PlanReader.text(small));
    Plan plan = PlanReader.readAny(large);
    assertThat(plan.header().orElseThrow().numberSymbol().map(DocumentNumber::format))
        .contains("3070/KH-UBND");
  }

  @Test
  void aSecondRealPdfMadeLargeIsRead(@TempDir Path tmp) throws Exception {
    // Nghị quyết 33/2022/NQ-HĐND of Cao Bằng, Word 2019 export (corpus/binary): 229 KB
    Path small = real("caobang-nq-33-2022.pdf");
    Path large = withImages(small, tmp.resolve("caobang-nq-33-2022.pdf"), 9_000_000);
    assertThat(PlanReader.text(large)).isEqualTo(PlanReader.text(small));
  }

  @Test
  void aPdfWhoseTextIsOverTheLimitStopsBeingReadThere(@TempDir Path tmp) throws Exception {
    // the counter-example: a large PDF of text, not of images, is bounded by its text
    Path pdf = tmp.resolve("text.pdf");
    String line = "Nang cao chi so cai cach hanh chinh nam 2024 ".repeat(6);
    try (PDDocument doc = new PDDocument()) {
      org.apache.pdfbox.pdmodel.font.PDFont font =
          new org.apache.pdfbox.pdmodel.font.PDType1Font(
              org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
      for (int page = 0; page < 60; page++) {
        PDPage p = new PDPage();
        doc.addPage(p);
        try (PDPageContentStream s = new PDPageContentStream(doc, p)) {
          s.beginText();
          s.setFont(font, 4);
          s.setLeading(4.5f);
          s.newLineAtOffset(10, 780);
          for (int l = 0; l < 170; l++) {
            s.showText(line);
            s.newLine();
          }
          s.endText();
        }
      }
      doc.save(pdf.toFile());
    }
    assertThat(Files.size(pdf)).isLessThan(4L * PlanReader.MAX_TEXT_LENGTH);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlanReader.text(pdf))
        .isInstanceOf(PlanReadException.class)
        .hasMessageContaining("a PDF whose text is longer than the limit of 2000000 characters");
  }
}
