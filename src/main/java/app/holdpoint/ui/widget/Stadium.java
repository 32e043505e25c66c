package app.holdpoint.ui.widget;

import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;

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
        this(x, y, w, h, 0.5);
    }

    /**
     * @param cornerShare the corners' radius as a share of the shorter side: 0.5 rounds the ends fully, less
     *                    gives a rounded rectangle whose straight sides leave more room inside
     */
    Stadium(double x, double y, double w, double h, double cornerShare) {
        this.x = x;
        this.y = y;
        this.w = Math.max(0, w);
        this.h = Math.max(0, h);
        this.r = Math.min(this.w, this.h) * Math.max(0, Math.min(0.5, cornerShare));
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
        double straightY = h - 2 * r;
        double dy = Math.min(Math.max(0, Math.abs(dyFromCentre) - straightY / 2), r);
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

    /** The track between two fractions, clockwise, made of true lines and arcs (cheap to stroke). */
    Path2D segment(double from, double to) {
        double a = Math.max(0, Math.min(1, from)) * perimeter;
        double b = Math.max(a, Math.min(1, to) * perimeter);
        Path2D path = new Path2D.Double();
        boolean started = false;
        double position = 0;
        for (int piece = 0; piece < lengths.length; piece++) {
            double length = lengths[piece];
            double lo = Math.max(a, position);
            double hi = Math.min(b, position + length);
            if (length > 0 && hi > lo) {
                path.append(piece(piece, (lo - position) / length, (hi - position) / length), started);
                started = true;
            }
            position += length;
        }
        if (!started) {
            Point2D p = pointAt(from);
            path.moveTo(p.getX(), p.getY());
        }
        return path;
    }

    /** The whole track as one closed shape. */
    Shape full() {
        return new RoundRectangle2D.Double(x, y, w, h, 2 * r, 2 * r);
    }

    private Shape piece(int piece, double t0, double t1) {
        if (piece % 2 == 0) {
            Point2D p0 = at(piece, t0)[0];
            Point2D p1 = at(piece, t1)[0];
            return new Line2D.Double(p0, p1);
        }
        // Quarter arcs clockwise on screen; Arc2D counts degrees anticlockwise, hence the signs.
        double startDegrees = -90 + 90 * (piece - 1) / 2.0;
        double cx = piece == 1 || piece == 3 ? x + w - r : x + r;
        double cy = piece == 1 || piece == 7 ? y + r : y + h - r;
        return new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, -(startDegrees + 90 * t0), -90 * (t1 - t0),
                Arc2D.OPEN);
    }

    private Point2D[] walk(double fraction) {
        double s = Math.max(0, Math.min(1, fraction)) * perimeter;
        int segment = 0;
        while (segment < lengths.length - 1 && s > lengths[segment]) {
            s -= lengths[segment];
            segment++;
        }
        return at(segment, lengths[segment] == 0 ? 0 : s / lengths[segment]);
    }

    /** The point and outward normal at {@code t} (0–1) along one of the nine pieces. */
    private Point2D[] at(int segment, double t) {
        double cx = x + w / 2;
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
