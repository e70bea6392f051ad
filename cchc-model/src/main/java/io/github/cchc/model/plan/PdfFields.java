package io.github.cchc.model.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
 *
 * <p>Some signing tools give a stamped value a box taller than one line (29 to 31 points: "2858",
 * "10" and "6" over "Số:␣␣/QĐ-UBND" and "ngày␣␣tháng␣␣năm 2025" of Hà Nội's Quyết định
 * 2858/QĐ-UBND, the numbers of the Tờ trình and Báo cáo it cites on its page 2; "142" of thị trấn
 * Ngãi Giao's Quyết định 142/QĐ-UBND). Such a field is drawn too when it is at most {@link
 * #MAX_LINE_FIELD} high, its appearance shows text and no image (a signature's picture and a seal
 * are images), and it stands on a line of the page's own text ({@link #onATextLine}): a value
 * filled in a line of the document, not a certificate stamped over the margin.
 */
final class PdfFields {
  private PdfFields() {}

  /** The tallest field drawn, in points: one line of text at 13 to 14 points with its leading. */
  static final float MAX_HEIGHT = 20f;

  /** The tallest field drawn when it stands on a line of the page's text: two lines' height. */
  static final float MAX_LINE_FIELD = 40f;

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
      List<Float> baselines = null;
      for (PDAnnotation a : page.getAnnotations()) {
        if (a instanceof PDAnnotationWidget w
            && !w.isHidden()
            && !w.isNoView()
            && w.getRectangle() != null
            && w.getRectangle().getHeight() > 0
            && w.getNormalAppearanceStream() != null) {
          float h = w.getRectangle().getHeight();
          if (h <= MAX_HEIGHT) {
            fields.add(w);
          } else if (h <= MAX_LINE_FIELD && textWithoutImage(w.getNormalAppearanceStream())) {
            if (baselines == null) {
              baselines = baselines(pdf, page);
            }
            if (onATextLine(w.getRectangle(), baselines)) {
              fields.add(w);
            }
          }
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
   * Whether a field's rectangle holds the baseline of a line of the page's own text: the value
   * fills a place left on that line.
   */
  static boolean onATextLine(PDRectangle rect, List<Float> baselines) {
    for (float y : baselines) {
      if (y >= rect.getLowerLeftY() && y <= rect.getUpperRightY()) {
        return true;
      }
    }
    return false;
  }

  /** The baselines of the page's text, in the page's own coordinates (an unrotated page only). */
  private static List<Float> baselines(PDDocument pdf, PDPage page) throws IOException {
    List<Float> ys = new ArrayList<>();
    if (page.getRotation() % 360 != 0) {
      return ys;
    }
    float top = page.getCropBox().getUpperRightY();
    PDFTextStripper lines =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> glyphs) {
            if (!text.isBlank() && !glyphs.isEmpty()) {
              ys.add(top - glyphs.get(0).getYDirAdj());
            }
          }
        };
    int n = pdf.getPages().indexOf(page) + 1;
    lines.setStartPage(n);
    lines.setEndPage(n);
    lines.getText(pdf);
    return ys;
  }

  /**
   * Whether an appearance, with the forms it draws, shows text and draws no image: a value typed
   * in, not a signature's picture or a seal.
   */
  static boolean textWithoutImage(PDFormXObject form) throws IOException {
    return shows(form, new HashSet<>()) == Shows.TEXT;
  }

  private enum Shows {
    NOTHING,
    TEXT,
    IMAGE
  }

  private static Shows shows(PDFormXObject form, Set<COSBase> seen) throws IOException {
    if (!seen.add(form.getCOSObject())) {
      return Shows.NOTHING;
    }
    Shows found = Shows.NOTHING;
    PDFStreamParser parser = new PDFStreamParser(form);
    for (Object token : parser.parse()) {
      if (token instanceof Operator op
          && (op.getName().equals("Tj")
              || op.getName().equals("TJ")
              || op.getName().equals("'")
              || op.getName().equals("\""))) {
        found = Shows.TEXT;
      }
    }
    PDResources res = form.getResources();
    if (res != null) {
      for (COSName name : res.getXObjectNames()) {
        PDXObject x = res.getXObject(name);
        if (x instanceof PDImageXObject) {
          return Shows.IMAGE;
        }
        if (x instanceof PDFormXObject inner) {
          Shows s = shows(inner, seen);
          if (s == Shows.IMAGE) {
            return Shows.IMAGE;
          }
          if (s == Shows.TEXT) {
            found = Shows.TEXT;
          }
        }
      }
    }
    return found;
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
