package app.holdpoint.ui.widget;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/**
 * The progress track of the dial: a rectangle with fully rounded ends (a circle when square), walked clockwise
 * from the top centre. A stadium rather than a circle lets digits a quarter of the screen tall sit inside a
 * wide dial.
 */
final class Stadium {
    private final double x;
    private final double y;
    private final double w;
    private final double h;
    private final double r;
    private final double[] lengths;
    private final double perimeter;

    Stadium(double x, double y, double w, double h) {
        this.x = x;
        this.y = y;
        this.w = Math.max(0, w);
        this.h = Math.max(0, h);
        this.r = Math.min(this.w, this.h) / 2;
        double straightX = this.w - 2 * r;
        double straightY = this.h - 2 * r;
        double quarter = Math.PI * r / 2;
        lengths = new double[] {straightX / 2, quarter, straightY, quarter, straightX, quarter, straightY, quarter,
                straightX / 2};
        double sum = 0;
        for (double l : lengths) {
            sum += l;
        }
        perimeter = sum;
    }

    double perimeter() {
        return perimeter;
    }

    /** How far the track reaches left and right of the centre at a vertical offset from the centre. */
    double halfWidthAt(double dyFromCentre) {
        double straightX = w - 2 * r;
        double dy = Math.min(Math.abs(dyFromCentre), r);
        return straightX / 2 + Math.sqrt(Math.max(0, r * r - dy * dy));
    }

    /** The point at a fraction 0–1 of the way round. */
    Point2D pointAt(double fraction) {
        return walk(fraction)[0];
    }

    /** The outward normal (unit length) at a fraction of the way round. */
    Point2D normalAt(double fraction) {
        return walk(fraction)[1];
    }

    /** The track from the top centre clockwise to the given fraction, as a polyline fine enough to look round. */
    Path2D partial(double fraction) {
        return segment(0, fraction);
    }

    /** The track between two fractions, clockwise. */
    Path2D segment(double from, double to) {
        double a = Math.max(0, Math.min(1, from));
        double b = Math.max(a, Math.min(1, to));
        Path2D path = new Path2D.Double();
        Point2D start = pointAt(a);
        path.moveTo(start.getX(), start.getY());
        int steps = Math.max(2, (int) Math.ceil(perimeter * (b - a) / 3));
        for (int i = 1; i <= steps; i++) {
            Point2D p = pointAt(a + (b - a) * i / steps);
            path.lineTo(p.getX(), p.getY());
        }
        return path;
    }

    Path2D full() {
        Path2D path = partial(1);
        path.closePath();
        return path;
    }

    private Point2D[] walk(double fraction) {
        double s = Math.max(0, Math.min(1, fraction)) * perimeter;
        double cx = x + w / 2;
        int segment = 0;
        while (segment < lengths.length - 1 && s > lengths[segment]) {
            s -= lengths[segment];
            segment++;
        }
        double t = lengths[segment] == 0 ? 0 : s / lengths[segment];
        double left = x + r;
        double right = x + w - r;
        double top = y + r;
        double bottom = y + h - r;
        switch (segment) {
            case 0:
                return line(cx + t * (right - cx), y, 0, -1);
            case 1:
                return arc(right, top, -90 + 90 * t);
            case 2:
                return line(x + w, top + t * (bottom - top), 1, 0);
            case 3:
                return arc(right, bottom, 90 * t);
            case 4:
                return line(right - t * (right - left), y + h, 0, 1);
            case 5:
                return arc(left, bottom, 90 + 90 * t);
            case 6:
                return line(x, bottom - t * (bottom - top), -1, 0);
            case 7:
                return arc(left, top, 180 + 90 * t);
            default:
                return line(left + t * (cx - left), y, 0, -1);
        }
    }

    private static Point2D[] line(double px, double py, double nx, double ny) {
        return new Point2D[] {new Point2D.Double(px, py), new Point2D.Double(nx, ny)};
    }

    private Point2D[] arc(double cx, double cy, double degrees) {
        double a = Math.toRadians(degrees);
        double nx = Math.cos(a);
        double ny = Math.sin(a);
        return new Point2D[] {new Point2D.Double(cx + r * nx, cy + r * ny), new Point2D.Double(nx, ny)};
    }
}
