package io.github.cchc.reporting.svg;

import io.github.cchc.reporting.model.Chart;
import java.util.List;
import org.owasp.encoder.Encode;

/**
 * Writes a {@link Chart} as an SVG 1.1 document: grouped bars (target vs actual by unit) or lines
 * (trend by month), a value axis with grid lines, a legend and the unit. The output is
 * deterministic: the same chart gives the same bytes, with coordinates rounded to 0.1 and no
 * timestamps or random ids. Every text is XML-escaped with the OWASP Java Encoder.
 *
 * <pre>{@code
 * String svg = SvgChartWriter.toSvg(chart); // "<svg xmlns=\"http://www.w3.org/2000/svg\" ..."
 * }</pre>
 */
public final class SvgChartWriter {
  private SvgChartWriter() {}

  /**
   * The chart as a standalone {@code <svg>} element (valid in HTML and as an {@code .svg} file).
   *
   * @param chart the chart
   * @return the SVG text
   */
  public static String toSvg(Chart chart) {
    List<Shape> shapes = ChartLayout.layout(chart);
    StringBuilder out = new StringBuilder(4096);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(ChartLayout.WIDTH)
        .append("\" height=\"")
        .append(ChartLayout.HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(ChartLayout.WIDTH)
        .append(' ')
        .append(ChartLayout.HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(Encode.forXmlAttribute(chart.title()))
        .append("\" font-family=\"'Times New Roman', 'Liberation Serif', serif\">");
    out.append("<title>").append(Encode.forXml(chart.title())).append("</title>");
    for (Shape shape : shapes) {
      write(shape, out);
    }
    return out.append("</svg>").toString();
  }

  private static void write(Shape shape, StringBuilder out) {
    if (shape instanceof Shape.Rect r) {
      out.append("<rect x=\"")
          .append(n(r.x()))
          .append("\" y=\"")
          .append(n(r.y()))
          .append("\" width=\"")
          .append(n(r.width()))
          .append("\" height=\"")
          .append(n(r.height()))
          .append("\" fill=\"")
          .append(r.fill())
          .append("\"/>");
    } else if (shape instanceof Shape.Line l) {
      out.append("<line x1=\"")
          .append(n(l.x1()))
          .append("\" y1=\"")
          .append(n(l.y1()))
          .append("\" x2=\"")
          .append(n(l.x2()))
          .append("\" y2=\"")
          .append(n(l.y2()))
          .append("\" stroke=\"")
          .append(l.stroke())
          .append("\" stroke-width=\"")
          .append(n(l.width()))
          .append(l.dashed() ? "\" stroke-dasharray=\"4 3" : "")
          .append("\"/>");
    } else if (shape instanceof Shape.Polyline p) {
      out.append("<polyline fill=\"none\" stroke=\"")
          .append(p.stroke())
          .append("\" stroke-width=\"")
          .append(n(p.width()))
          .append("\" points=\"");
      for (int i = 0; i < p.points().size(); i++) {
        double[] xy = p.points().get(i);
        out.append(i == 0 ? "" : " ").append(n(xy[0])).append(',').append(n(xy[1]));
      }
      out.append("\"/>");
    } else if (shape instanceof Shape.Dot d) {
      out.append("<circle cx=\"")
          .append(n(d.x()))
          .append("\" cy=\"")
          .append(n(d.y()))
          .append("\" r=\"")
          .append(n(d.radius()))
          .append("\" fill=\"")
          .append(d.fill())
          .append("\"/>");
    } else if (shape instanceof Shape.Text t) {
      out.append("<text x=\"")
          .append(n(t.x()))
          .append("\" y=\"")
          .append(n(t.y()))
          .append("\" font-size=\"")
          .append(n(t.size()))
          .append("\" text-anchor=\"")
          .append(t.anchor())
          .append('"');
      if (t.bold()) {
        out.append(" font-weight=\"bold\"");
      }
      if (t.rotation() != 0) {
        out.append(" transform=\"rotate(")
            .append(n(t.rotation()))
            .append(' ')
            .append(n(t.x()))
            .append(' ')
            .append(n(t.y()))
            .append(")\"");
      }
      out.append('>').append(Encode.forXml(t.text())).append("</text>");
    }
  }

  /** A coordinate rounded to 0.1, without a trailing ".0". */
  private static String n(double value) {
    long tenths = Math.round(value * 10);
    long whole = tenths / 10;
    long frac = Math.abs(tenths % 10);
    String sign = tenths < 0 && whole == 0 ? "-" : "";
    return frac == 0 ? sign + whole : sign + whole + "." + frac;
  }
}
