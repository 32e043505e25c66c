package app.holdpoint.ui.widget;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

import app.holdpoint.protocol.BodyMapMark;

/**
 * A standing human figure, arms slightly away from the sides, in the catalog's normalised picture coordinates
 * (see protocols/catalog/muscles.yaml): top of head 0.02, chin 0.12, acromion 0.18 at 0.5 ± 0.14, waist 0.38,
 * iliac crest 0.45–0.5, knees 0.72, ankles 0.95, soles 0.98, legs centred 0.055 from the midline. The picture
 * is {@link #ASPECT} times as wide as it is tall, which gives those landmarks adult proportions.
 */
final class BodyOutline {
    /** Width over height of the picture the coordinates are normalised to. */
    static final double ASPECT = 0.8;

    /**
     * One side of the body from the neck down the outside of the arm, back up its inside, down the flank and the
     * outside of the leg and up its inside to the crotch, as (distance from the midline, height).
     */
    private static final double[][] HALF = {
        {0.030, 0.112}, {0.032, 0.140}, {0.070, 0.155}, {0.115, 0.166}, {0.140, 0.176}, {0.157, 0.192},
        {0.165, 0.220}, {0.167, 0.262}, {0.171, 0.310}, {0.176, 0.360}, {0.181, 0.395}, {0.188, 0.440},
        {0.193, 0.480}, {0.199, 0.505}, {0.202, 0.540}, {0.193, 0.575}, {0.178, 0.582}, {0.166, 0.560},
        {0.160, 0.520}, {0.156, 0.490}, {0.150, 0.445}, {0.143, 0.400}, {0.136, 0.350}, {0.130, 0.300},
        {0.122, 0.255}, {0.112, 0.238}, {0.106, 0.280}, {0.100, 0.330}, {0.093, 0.380}, {0.100, 0.420},
        {0.112, 0.460}, {0.120, 0.505}, {0.118, 0.560}, {0.110, 0.620}, {0.100, 0.680}, {0.094, 0.720},
        {0.098, 0.770}, {0.092, 0.840}, {0.078, 0.930}, {0.080, 0.955}, {0.092, 0.975}, {0.086, 0.987},
        {0.040, 0.987}, {0.034, 0.960}, {0.036, 0.930}, {0.030, 0.850}, {0.024, 0.780}, {0.022, 0.720},
        {0.018, 0.640}, {0.012, 0.580}, {0.000, 0.548},
    };

    private BodyOutline() {
    }

    /** The silhouette in picture units (0–1 both ways; x to be scaled by width, y by height). */
    static Shape silhouette(double width, double height) {
        List<double[]> contour = new ArrayList<>();
        for (double[] p : HALF) {
            contour.add(new double[] {0.5 + p[0], p[1]});
        }
        for (int i = HALF.length - 2; i >= 0; i--) {
            contour.add(new double[] {0.5 - HALF[i][0], HALF[i][1]});
        }
        Area body = new Area(smoothClosed(contour, width, height));
        body.add(new Area(new Ellipse2D.Double((0.5 - 0.045) * width, 0.02 * height, 0.09 * width, 0.105 * height)));
        return body;
    }

    /** Faint landmark lines that tell front from back at a glance. */
    static Shape details(BodyMapMark.View view, double width, double height) {
        Path2D lines = new Path2D.Double();
        if (view == BodyMapMark.View.BACK) {
            // Spine, shoulder blades, buttocks.
            line(lines, width, height, 0.5, 0.14, 0.5, 0.49);
            for (int side = -1; side <= 1; side += 2) {
                Path2D blade = new Path2D.Double();
                blade.moveTo(x(0.5 + side * 0.035, width), 0.205 * height);
                blade.lineTo(x(0.5 + side * 0.095, width), 0.195 * height);
                blade.lineTo(x(0.5 + side * 0.045, width), 0.285 * height);
                blade.closePath();
                lines.append(blade, false);
                Path2D fold = new Path2D.Double();
                fold.moveTo(x(0.5 + side * 0.004, width), 0.555 * height);
                fold.quadTo(x(0.5 + side * 0.06, width), 0.575 * height, x(0.5 + side * 0.105, width), 0.56 * height);
                lines.append(fold, false);
            }
            line(lines, width, height, 0.5, 0.49, 0.5, 0.548);
        } else {
            // Collarbones, navel, knees, face.
            for (int side = -1; side <= 1; side += 2) {
                Path2D clavicle = new Path2D.Double();
                clavicle.moveTo(x(0.5 + side * 0.012, width), 0.168 * height);
                clavicle.quadTo(x(0.5 + side * 0.06, width), 0.160 * height, x(0.5 + side * 0.125, width),
                        0.172 * height);
                lines.append(clavicle, false);
                lines.append(new Ellipse2D.Double(x(0.5 + side * 0.058 - 0.016, width), 0.705 * height,
                        0.032 * width, 0.03 * height), false);
                lines.append(new Ellipse2D.Double(x(0.5 + side * 0.017 - 0.006, width), 0.058 * height,
                        0.012 * width, 0.008 * height), false);
            }
            lines.append(new Ellipse2D.Double(x(0.5 - 0.006, width), 0.395 * height, 0.012 * width,
                    0.01 * height), false);
            line(lines, width, height, 0.5, 0.25, 0.5, 0.33);
        }
        return lines;
    }

    private static double x(double nx, double width) {
        return nx * width;
    }

    private static void line(Path2D path, double width, double height, double x1, double y1, double x2, double y2) {
        path.moveTo(x1 * width, y1 * height);
        path.lineTo(x2 * width, y2 * height);
    }

    /** A closed Catmull-Rom curve through the points, as cubic Béziers, so the figure has no corners. */
    private static Path2D smoothClosed(List<double[]> points, double width, double height) {
        Path2D path = new Path2D.Double();
        int n = points.size();
        path.moveTo(points.get(0)[0] * width, points.get(0)[1] * height);
        for (int i = 0; i < n; i++) {
            double[] p0 = points.get((i - 1 + n) % n);
            double[] p1 = points.get(i);
            double[] p2 = points.get((i + 1) % n);
            double[] p3 = points.get((i + 2) % n);
            double c1x = p1[0] + (p2[0] - p0[0]) / 6;
            double c1y = p1[1] + (p2[1] - p0[1]) / 6;
            double c2x = p2[0] - (p3[0] - p1[0]) / 6;
            double c2y = p2[1] - (p3[1] - p1[1]) / 6;
            path.curveTo(c1x * width, c1y * height, c2x * width, c2y * height, p2[0] * width, p2[1] * height);
        }
        path.closePath();
        return path;
    }
}
