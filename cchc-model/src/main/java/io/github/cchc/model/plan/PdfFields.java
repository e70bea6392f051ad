package io.github.cchc.model.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;

/**
 * The values a signing tool stamps on the lines of a PDF: the number and the day an office fills in
 * when it signs ("Số: 3070. /KH-UBND", "Bỉm Sơn, ngày 09 tháng 9 năm 2024", Kế hoạch 3070/KH-UBND
 * of thị xã Bỉm Sơn). The document is exported with those places blank ("Số:&nbsp;&nbsp;/KH-UBND",
 * "ngày&nbsp;&nbsp;tháng&nbsp;&nbsp;năm 2024") and the signing tool draws the values as the
 * appearance of a signature field one line high, which a viewer shows in place but a text stripper,
 * reading the page's content only, leaves out: the number and the date were lost.
 *
 * <p>{@link #stamp} draws the appearance of each such field into its page's content (in the copy
 * being read, never saved), placed on the field's rectangle as a viewer places it (ISO 32000-1,
 * 12.5.5), so that its text is read on its line. Only fields at most {@link #MAX_HEIGHT} high are
 * drawn: a signature's image and stamp, or the signer's certificate shown above the page ("Người
 * ký: …, Thời gian ký: …", several lines in small print), are not text of the document.
 */
final class PdfFields {
  private PdfFields() {}

  /** The tallest field drawn, in points: one line of text at 13 to 14 points with its leading. */
  static final float MAX_HEIGHT = 20f;

  /**
   * Draws the appearance of each visible form field one line high into its page's content.
   *
   * @param pdf the document read, changed in memory
   * @return how many fields were drawn
   */
  static int stamp(PDDocument pdf) throws IOException {
    int drawn = 0;
    for (PDPage page : pdf.getPages()) {
      List<PDAnnotationWidget> fields = new ArrayList<>();
      for (PDAnnotation a : page.getAnnotations()) {
        if (a instanceof PDAnnotationWidget w
            && !w.isHidden()
            && !w.isNoView()
            && w.getRectangle() != null
            && w.getRectangle().getHeight() > 0
            && w.getRectangle().getHeight() <= MAX_HEIGHT
            && w.getNormalAppearanceStream() != null) {
          fields.add(w);
        }
      }
      if (fields.isEmpty()) {
        continue;
      }
      try (PDPageContentStream cs =
          new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        for (PDAnnotationWidget w : fields) {
          PDAppearanceStream ap = w.getNormalAppearanceStream();
          Matrix place = placement(w.getRectangle(), ap);
          if (place != null) {
            cs.saveGraphicsState();
            cs.transform(place);
            cs.drawForm(ap);
            cs.restoreGraphicsState();
            drawn++;
          }
        }
      }
    }
    return drawn;
  }

  /**
   * The matrix that maps an appearance onto its field's rectangle: its box, transformed by its own
   * matrix, scaled and moved onto the rectangle ({@code null} for an empty box).
   */
  private static Matrix placement(PDRectangle rect, PDAppearanceStream ap) {
    PDRectangle box = ap.getBBox();
    if (box == null) {
      return null;
    }
    Matrix m = ap.getMatrix();
    float minX = Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    float[][] corners = {
      {box.getLowerLeftX(), box.getLowerLeftY()},
      {box.getUpperRightX(), box.getLowerLeftY()},
      {box.getLowerLeftX(), box.getUpperRightY()},
      {box.getUpperRightX(), box.getUpperRightY()}
    };
    for (float[] c : corners) {
      float x = m.getScaleX() * c[0] + m.getShearX() * c[1] + m.getTranslateX();
      float y = m.getShearY() * c[0] + m.getScaleY() * c[1] + m.getTranslateY();
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    if (maxX <= minX || maxY <= minY) {
      return null;
    }
    float sx = rect.getWidth() / (maxX - minX);
    float sy = rect.getHeight() / (maxY - minY);
    return new Matrix(
        sx, 0, 0, sy, rect.getLowerLeftX() - minX * sx, rect.getLowerLeftY() - minY * sy);
  }
}
