package app.holdpoint.protocol;

import java.util.List;

/**
 * Where a muscle's trigger point and referral zone sit on a body outline, in coordinates normalised to 0–1
 * (x from the viewer's left edge of the picture to its right edge, y from head to feet), drawn for the figure's
 * left side; the right side is the mirror image. In the FRONT view the figure faces the viewer, so its left side
 * is on the viewer's right (x &gt; 0.5); in the BACK view its left side is on the viewer's left (x &lt; 0.5).
 *
 * @param otherViewZone the part of the referral zone seen on the opposite view (e.g. the front of the thigh for a
 *                      muscle marked on the back), in that view's coordinates; empty when none
 */
public record BodyMapMark(View view, Point triggerPoint, List<Point> referralZone, List<Point> otherViewZone) {

    public enum View {
        FRONT, BACK;

        public View opposite() {
            return this == FRONT ? BACK : FRONT;
        }
    }

    public record Point(double x, double y) {
        public Point mirrored() {
            return new Point(1.0 - x, y);
        }
    }

    public BodyMapMark {
        referralZone = List.copyOf(referralZone);
        otherViewZone = List.copyOf(otherViewZone);
    }

    public BodyMapMark(View view, Point triggerPoint, List<Point> referralZone) {
        this(view, triggerPoint, referralZone, List.of());
    }

    /** The view {@link #otherViewZone()} is drawn on. */
    public View otherView() {
        return view.opposite();
    }
}
