package io.github.cchc.reporting.svg;

import io.github.cchc.reporting.model.Chart;
import io.github.cchc.reporting.model.ChartKind;
import io.github.cchc.reporting.model.Series;
import io.github.cchc.reporting.render.VietnameseFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Lays a chart out as shapes; the SVG writer and the PNG painter both draw these. */
final class ChartLayout {
  static final int WIDTH = 640;
  static final int HEIGHT = 360;
  static final String[] PALETTE = {"#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000"};
  private static final double LEFT = 56;
  private static final double RIGHT = 16;
  private static final double TOP = 56;
  private static final double BOTTOM = 84;
  private static final int TICKS = 5;

  private ChartLayout() {}

  static List<Shape> layout(Chart chart) {
    List<Shape> shapes = new ArrayList<>();
    shapes.add(new Shape.Rect(0, 0, WIDTH, HEIGHT, "#ffffff"));
    shapes.add(new Shape.Text(WIDTH / 2.0, 22, chart.title(), 15, "middle", true, 0));
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    double max = axisMax(chart);
    double min = chart.axisMinimum().map(BigDecimal::doubleValue).orElse(0.0);
    if (min >= max) {
      min = 0;
    }
    double range = max - min;
    // Legend.
    double lx = LEFT;
    for (int s = 0; s < chart.series().size(); s++) {
      String colour = PALETTE[s % PALETTE.length];
      shapes.add(new Shape.Rect(lx, 34, 12, 12, colour));
      String name = chart.series().get(s).name();
      shapes.add(new Shape.Text(lx + 16, 44.5, name, 12, "start", false, 0));
      lx += 28 + name.length() * 6.5;
    }
    shapes.add(
        new Shape.Text(WIDTH - RIGHT, 44.5, "Đơn vị: " + chart.valueUnit(), 11, "end", false, 0));
    // Grid and value axis.
    for (int t = 0; t <= TICKS; t++) {
      double value = min + range * t / TICKS;
      double y = TOP + plotH - plotH * t / TICKS;
      shapes.add(
          new Shape.Line(LEFT, y, LEFT + plotW, y, t == 0 ? "#404040" : "#d0d0d0", 1, false));
      shapes.add(
          new Shape.Text(
              LEFT - 6,
              y + 4,
              VietnameseFormat.number(BigDecimal.valueOf(value), range < 10 ? 1 : 0),
              11,
              "end",
              false,
              0));
    }
    int n = chart.categories().size();
    if (n == 0) {
      return shapes;
    }
    double band = plotW / n;
    int labelEvery = Math.max(1, (int) Math.ceil(n / 30.0));
    boolean rotate = n > 6;
    for (int c = 0; c < n; c += labelEvery) {
      double x = LEFT + band * (c + 0.5);
      String label = shorten(chart.categories().get(c), rotate ? 22 : (int) (band / 6.5));
      shapes.add(
          rotate
              ? new Shape.Text(x + 3, TOP + plotH + 12, label, 10, "end", false, -45)
              : new Shape.Text(x, TOP + plotH + 16, label, 11, "middle", false, 0));
    }
    int seriesCount = chart.series().size();
    if (chart.kind() == ChartKind.BAR) {
      double barW = band * 0.8 / Math.max(1, seriesCount);
      boolean labels = n * seriesCount <= 16;
      for (int s = 0; s < seriesCount; s++) {
        Series series = chart.series().get(s);
        for (int c = 0; c < n; c++) {
          double v = Math.max(min, Math.min(max, series.values().get(c).doubleValue()));
          double h = plotH * (v - min) / range;
          double x = LEFT + band * c + band * 0.1 + barW * s;
          shapes.add(new Shape.Rect(x, TOP + plotH - h, barW, h, PALETTE[s % PALETTE.length]));
          if (labels) {
            shapes.add(
                new Shape.Text(
                    x + barW / 2,
                    TOP + plotH - h - 3,
                    VietnameseFormat.number(series.values().get(c), 1),
                    10,
                    "middle",
                    false,
                    0));
          }
        }
      }
    } else {
      for (int s = 0; s < seriesCount; s++) {
        Series series = chart.series().get(s);
        String colour = PALETTE[s % PALETTE.length];
        List<double[]> points = new ArrayList<>();
        for (int c = 0; c < n; c++) {
          double v = Math.max(min, Math.min(max, series.values().get(c).doubleValue()));
          double y = TOP + plotH - plotH * (v - min) / range;
          points.add(new double[] {LEFT + band * (c + 0.5), y});
        }
        shapes.add(new Shape.Polyline(points, colour, 2));
        for (double[] p : points) {
          shapes.add(new Shape.Dot(p[0], p[1], 3, colour));
        }
      }
    }
    return shapes;
  }

  private static double axisMax(Chart chart) {
    if (chart.axisMaximum().isPresent()) {
      return chart.axisMaximum().orElseThrow().doubleValue();
    }
    double max = 0;
    for (Series s : chart.series()) {
      for (BigDecimal v : s.values()) {
        max = Math.max(max, v.doubleValue());
      }
    }
    if (max <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= max) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String shorten(String text, int max) {
    int limit = Math.max(4, max);
    return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }
}
