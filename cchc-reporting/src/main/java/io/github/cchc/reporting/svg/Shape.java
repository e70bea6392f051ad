package io.github.cchc.reporting.svg;

import java.util.List;

/** The drawing primitives of a chart, in a 640 × 360 user space, y downwards. */
sealed interface Shape {
  /** A filled rectangle. */
  record Rect(double x, double y, double width, double height, String fill) implements Shape {}

  /** A straight line. */
  record Line(
      double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed)
      implements Shape {}

  /** An open polyline through points {x0, y0, x1, y1, ...}. */
  record Polyline(List<double[]> points, String stroke, double width) implements Shape {}

  /** A filled circle. */
  record Dot(double x, double y, double radius, String fill) implements Shape {}

  /** Text at a point; anchor is "start", "middle" or "end"; rotation in degrees about the point. */
  record Text(
      double x, double y, String text, double size, String anchor, boolean bold, double rotation)
      implements Shape {}
}
