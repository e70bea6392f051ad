package io.github.cchc.reporting.svg;

import io.github.cchc.reporting.model.Chart;
import io.github.cchc.reporting.render.ReportFonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Paints a {@link Chart} as a PNG picture, the same drawing as {@link SvgChartWriter}, with the
 * shipped Liberation Serif so Vietnamese letters show without any font installed. Runs headless.
 *
 * <pre>{@code
 * byte[] png = PngChartPainter.toPng(chart, 2); // 1280 × 720 pixels
 * }</pre>
 */
public final class PngChartPainter {
  /** Width of the drawing in points (the PNG is {@code scale} times wider in pixels). */
  public static final int WIDTH = ChartLayout.WIDTH;

  /** Height of the drawing in points. */
  public static final int HEIGHT = ChartLayout.HEIGHT;

  private static final Font REGULAR = ReportFonts.awt(ReportFonts.Style.REGULAR);
  private static final Font BOLD = ReportFonts.awt(ReportFonts.Style.BOLD);

  private PngChartPainter() {}

  /**
   * The chart as PNG bytes.
   *
   * @param chart the chart
   * @param scale pixels per point, 1 to 4
   * @return the PNG file's bytes
   */
  public static byte[] toPng(Chart chart, int scale) {
    if (scale < 1 || scale > 4) {
      throw new IllegalArgumentException("scale must be 1 to 4: " + scale);
    }
    // the DOCX and the PDF of a report draw the same charts at the same scale, often at the same
    // time: the last few pictures are kept (by the chart's value) and painted once
    Painted key = new Painted(chart, scale);
    byte[] kept;
    synchronized (RECENT) {
      kept = RECENT.get(key);
    }
    if (kept == null) {
      kept = paint(chart, scale);
      synchronized (RECENT) {
        RECENT.put(key, kept);
      }
    }
    return kept.clone();
  }

  /** A chart painted at a scale. */
  private record Painted(Chart chart, int scale) {}

  /** The pictures painted last, at most eight (about 50 KB each at scale 2). */
  private static final java.util.Map<Painted, byte[]> RECENT =
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Painted, byte[]> eldest) {
          return size() > 8;
        }
      };

  private static byte[] paint(Chart chart, int scale) {
    BufferedImage image =
        new BufferedImage(WIDTH * scale, HEIGHT * scale, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.scale(scale, scale);
      for (Shape shape : ChartLayout.layout(chart)) {
        paint(shape, g);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    // ImageIO.write(image, "png", out) would buffer through a temporary file (ImageIO's cache);
    // the same writer on a memory-cached stream writes the same bytes without touching the disk
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(image);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static void paint(Shape shape, Graphics2D g) {
    if (shape instanceof Shape.Rect r) {
      g.setColor(Color.decode(r.fill()));
      g.fill(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
    } else if (shape instanceof Shape.Line l) {
      g.setColor(Color.decode(l.stroke()));
      g.setStroke(new BasicStroke((float) l.width()));
      g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
    } else if (shape instanceof Shape.Polyline p) {
      g.setColor(Color.decode(p.stroke()));
      g.setStroke(new BasicStroke((float) p.width()));
      Path2D.Double path = new Path2D.Double();
      List<double[]> points = p.points();
      for (int i = 0; i < points.size(); i++) {
        if (i == 0) {
          path.moveTo(points.get(i)[0], points.get(i)[1]);
        } else {
          path.lineTo(points.get(i)[0], points.get(i)[1]);
        }
      }
      g.draw(path);
    } else if (shape instanceof Shape.Dot d) {
      g.setColor(Color.decode(d.fill()));
      g.fill(
          new Ellipse2D.Double(
              d.x() - d.radius(), d.y() - d.radius(), 2 * d.radius(), 2 * d.radius()));
    } else if (shape instanceof Shape.Text t) {
      Font font = (t.bold() ? BOLD : REGULAR).deriveFont((float) t.size());
      g.setFont(font);
      g.setColor(Color.BLACK);
      double width = g.getFontMetrics().getStringBounds(t.text(), g).getWidth();
      double dx =
          switch (t.anchor()) {
            case "middle" -> -width / 2;
            case "end" -> -width;
            default -> 0;
          };
      AffineTransform saved = g.getTransform();
      g.translate(t.x(), t.y());
      if (t.rotation() != 0) {
        g.rotate(Math.toRadians(t.rotation()));
      }
      g.drawString(t.text(), (float) dx, 0f);
      g.setTransform(saved);
    }
  }
}
