package app.holdpoint.ui.widget;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;

import app.holdpoint.protocol.BodyMapMark;
import app.holdpoint.protocol.BodyMapMark.Point;
import app.holdpoint.protocol.Muscle;
import app.holdpoint.protocol.Side;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Painting;
import app.holdpoint.ui.theme.Theme;

/**
 * A body outline, front or back, with a muscle's trigger point (a ringed cross, not just a coloured dot) and its
 * referral zone (a translucent hatched area, kept inside the body). Marks are drawn for the side worked; both
 * sides for {@link Side#BOTH}. The view's name and the figure's left and right are written beside it, since the
 * front view puts the figure's left on the viewer's right.
 */
public final class BodyMap extends JComponent {
    /** The band of the picture the figure stands in, arms included. */
    private static final double FIGURE_LEFT = 0.27;
    private static final double FIGURE_RIGHT = 0.73;
    /** How far, in picture heights, a referral zone may reach beyond the outline before it is cut. */
    static final double ZONE_MARGIN = 0.015;

    private final Theme theme;
    private final Text text;
    private BodyMapMark.View view = BodyMapMark.View.FRONT;
    private BodyMapMark mark;
    private Side side = Side.LEFT;
    /**
     * Referral zones cut to the body, by figure size, zone and side. Cutting is constructive geometry on the whole
     * outline (java.awt.geom.Area) and was most of the time a phase change took to paint (a flight recording of
     * ./bench.sh taps); the result only changes with these three, so it is made once, not on every paint.
     */
    private final Map<ZoneKey, List<Area>> zones = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ZoneKey, List<Area>> eldest) {
            return size() > 8;
        }
    };

    /** The body with the margin a zone may reach into, by figure size (the outline is the same for every mark). */
    private final Map<AffineTransform, Area> reaches = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<AffineTransform, Area> eldest) {
            return size() > 4;
        }
    };

    /** Cuts ahead of need ({@link #prepare}) on one low-priority thread, never the Event Dispatch Thread. */
    private static final ExecutorService CUTTER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "holdpoint-bodymap");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    private record ZoneKey(AffineTransform figure, List<Point> zone, Side side) {
    }

    public BodyMap(Theme theme, Text text) {
        this.theme = theme;
        this.text = text;
        setName("bodyMap");
        setOpaque(false);
    }

    /** Shows the muscle's mark on the given side; a muscle without a map shows the bare front outline. */
    public void show(Muscle muscle, Side side) {
        show(muscle == null ? null : muscle.map(), side);
    }

    public void show(BodyMapMark mark, Side side) {
        this.mark = mark;
        this.side = side == null ? Side.LEFT : side;
        if (mark != null) {
            view = mark.view();
        }
        repaint();
    }

    /** Just the outline. */
    public void showOutline(BodyMapMark.View view) {
        this.mark = null;
        this.view = view;
        repaint();
    }

    public BodyMapMark.View view() {
        return view;
    }

    /** The trigger points as drawn, in component coordinates: one per side shown. */
    public List<Point2D> triggerPointsOnScreen() {
        List<Point2D> points = new ArrayList<>();
        if (mark == null) {
            return points;
        }
        AffineTransform figure = figureTransform();
        for (Point p : sidePoints(mark.triggerPoint())) {
            points.add(figure.transform(new Point2D.Double(p.x(), p.y()), null));
        }
        return points;
    }

    /** The silhouette as drawn, in component coordinates. */
    public Shape silhouetteOnScreen() {
        return figureTransform().createTransformedShape(BodyOutline.silhouette(1, 1));
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        return new Dimension(theme.scaled(320), theme.scaled(480));
    }

    private List<Point> sidePoints(Point leftSide) {
        switch (side) {
            case RIGHT:
                return List.of(leftSide.mirrored());
            case BOTH:
            case ASK:
                return List.of(leftSide, leftSide.mirrored());
            case LEFT:
            default:
                return List.of(leftSide);
        }
    }

    /**
     * Maps picture units (0–1) into the component, keeping the figure's proportions. Only the middle of the
     * picture holds the figure (arms end 0.2 from the midline), so that band is what is fitted to the width.
     */
    private AffineTransform figureTransform() {
        return figureTransform(mainArea());
    }

    /** Both views side by side when the mark's referral zone reaches the other view; else one. */
    private boolean twoViews() {
        return mark != null && !mark.otherViewZone().isEmpty();
    }

    /** Where the muscle's own view is drawn: the whole component, or its left half beside the other view. */
    private Rectangle2D mainArea() {
        return mainArea(twoViews());
    }

    private Rectangle2D mainArea(boolean twoViews) {
        return twoViews ? new Rectangle2D.Double(0, 0, getWidth() / 2.0, getHeight())
                : new Rectangle2D.Double(0, 0, getWidth(), getHeight());
    }

    private Rectangle2D otherArea() {
        return new Rectangle2D.Double(getWidth() / 2.0, 0, getWidth() / 2.0, getHeight());
    }

    private AffineTransform figureTransform(Rectangle2D area) {
        return figureTransform(area, twoViews());
    }

    private AffineTransform figureTransform(Rectangle2D area, boolean twoViews) {
        Font label = theme.font("Holdpoint.bodymap.label.font");
        int labelHeight = getFontMetrics(label).getHeight();
        // Room for the L and R beside the figure; two figures side by side keep theirs narrow.
        int labelWidth = getFontMetrics(label).stringWidth(twoViews ? "M" : "MM");
        double availableW = Math.max(1, area.getWidth() - 2 * labelWidth);
        double availableH = Math.max(1, area.getHeight() - labelHeight - 8);
        double band = FIGURE_RIGHT - FIGURE_LEFT;
        double height = Math.min(availableH, availableW / (BodyOutline.ASPECT * band));
        double width = height * BodyOutline.ASPECT;
        double x = area.getX() + (area.getWidth() - width * band) / 2 - FIGURE_LEFT * width;
        double y = area.getY() + labelHeight + 4 + (availableH - height) / 2;
        AffineTransform t = new AffineTransform();
        t.translate(x, y);
        t.scale(width, height);
        return t;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = Painting.smooth(g);
        try {
            paintFigure(g2, mainArea(), view, mark == null ? List.of() : mark.referralZone(), true);
            if (twoViews()) {
                // The rest of the referral zone, on the other side of the body: no trigger point there.
                paintFigure(g2, otherArea(), mark.otherView(), mark.otherViewZone(), false);
            }
        } finally {
            g2.dispose();
        }
    }

    private void paintFigure(Graphics2D g2, Rectangle2D area, BodyMapMark.View shown, List<Point> zone,
            boolean withPoint) {
        AffineTransform figure = figureTransform(area);
        double scale = figure.getScaleY();
        Shape body = figure.createTransformedShape(BodyOutline.silhouette(1, 1));
        g2.setColor(theme.color("Holdpoint.bodymap.fill"));
        g2.fill(body);
        g2.setColor(theme.color("Holdpoint.bodymap.detail"));
        g2.setStroke(new BasicStroke(Math.max(1.5f, theme.size("Holdpoint.bodymap.outlineWidth") * 0.6f),
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.draw(figure.createTransformedShape(BodyOutline.details(shown, 1, 1)));
        if (mark != null) {
            paintZones(g2, figure, body, zone);
        }
        g2.setColor(theme.color("Holdpoint.bodymap.outline"));
        g2.setStroke(new BasicStroke(theme.size("Holdpoint.bodymap.outlineWidth"), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g2.draw(body);
        if (mark != null && withPoint) {
            for (Point p : sidePoints(mark.triggerPoint())) {
                paintTriggerPoint(g2, figure.transform(new Point2D.Double(p.x(), p.y()), null), scale);
            }
        }
        paintLabels(g2, figure, area, shown);
    }

    private void paintZones(Graphics2D g2, AffineTransform figure, Shape body, List<Point> zone) {
        if (zone.size() < 3) {
            return;
        }
        Color color = theme.color("Holdpoint.bodymap.zone");
        List<Area> cut = zones.computeIfAbsent(new ZoneKey(new AffineTransform(figure), List.copyOf(zone), side),
                key -> cut(zone, side, figure, reaches.computeIfAbsent(new AffineTransform(figure),
                        known -> reach(figure, body))));
        for (Area area : cut) {
            g2.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 110));
            g2.fill(area);
            paintHatch(g2, area, color);
            g2.setColor(color);
            g2.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {7f, 5f}, 0f));
            g2.draw(area);
        }
    }

    /**
     * Cuts the referral zones {@code next} will show on {@code nextSide} at this size, off the Event Dispatch
     * Thread, so the phase that shows it paints without cutting (a first cut took 250–500 ms of a tap's answer,
     * {@code ./bench.sh taps}). The result is what a paint would make; a paint before it is ready cuts as before.
     * Call on the EDT.
     */
    public void prepare(BodyMapMark next, Side nextSide) {
        if (next == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Side shown = nextSide == null ? Side.LEFT : nextSide;
        boolean two = !next.otherViewZone().isEmpty();
        prepareFigure(figureTransform(mainArea(two), two), next.referralZone(), shown);
        if (two) {
            prepareFigure(figureTransform(otherArea(), true), next.otherViewZone(), shown);
        }
    }

    private void prepareFigure(AffineTransform figure, List<Point> zone, Side shown) {
        ZoneKey key = new ZoneKey(figure, List.copyOf(zone), shown);
        if (zone.size() < 3 || zones.containsKey(key)) {
            return;
        }
        Area known = reaches.get(figure);
        Shape body = figure.createTransformedShape(BodyOutline.silhouette(1, 1));
        CUTTER.execute(() -> {
            Area reach = known != null ? known : reach(figure, body);
            List<Area> cut = cut(key.zone(), shown, figure, reach);
            SwingUtilities.invokeLater(() -> {
                reaches.putIfAbsent(figure, reach);
                zones.putIfAbsent(key, cut);
            });
        });
    }

    /** How many cut zone sets are kept (for tests: a prepared mark adds one per view, and its paint none). */
    int cutsKept() {
        return zones.size();
    }

    /** The body with the room a zone may take beyond its outline. */
    private static Area reach(AffineTransform figure, Shape body) {
        Area made = new Area(body);
        made.add(new Area(new BasicStroke((float) (ZONE_MARGIN * 2 * figure.getScaleY())).createStrokedShape(body)));
        return made;
    }

    /** The zone, mirrored for the side shown, each kept on the body with a little room. */
    private static List<Area> cut(List<Point> zone, Side side, AffineTransform figure, Area reach) {
        List<Area> cut = new ArrayList<>();
        boolean[] mirrors = switch (side) {
            case RIGHT -> new boolean[] {true};
            case BOTH, ASK -> new boolean[] {false, true};
            default -> new boolean[] {false};
        };
        for (boolean mirrored : mirrors) {
            Path2D polygon = new Path2D.Double();
            for (int i = 0; i < zone.size(); i++) {
                Point p = mirrored ? zone.get(i).mirrored() : zone.get(i);
                if (i == 0) {
                    polygon.moveTo(p.x(), p.y());
                } else {
                    polygon.lineTo(p.x(), p.y());
                }
            }
            polygon.closePath();
            // Kept on the body, with a little room: zones along the neck or the arm hug the outline.
            Area area = new Area(figure.createTransformedShape(polygon));
            area.intersect(reach);
            cut.add(area);
        }
        return cut;
    }

    private void paintHatch(Graphics2D g2, Area area, Color color) {
        Shape oldClip = g2.getClip();
        g2.clip(area);
        Rectangle2D bounds = area.getBounds2D();
        int spacing = theme.size("Holdpoint.bodymap.hatchSpacing");
        g2.setColor(color);
        g2.setStroke(new BasicStroke(2f));
        double span = bounds.getWidth() + bounds.getHeight();
        for (double d = -bounds.getHeight(); d < span; d += spacing) {
            g2.draw(new Line2D.Double(bounds.getX() + d, bounds.getMaxY(), bounds.getX() + d + bounds.getHeight(),
                    bounds.getY()));
        }
        g2.setClip(oldClip);
    }

    /** A ring with a cross, on a dark halo so it stands out on the zone and the body alike. */
    private void paintTriggerPoint(Graphics2D g2, Point2D p, double scale) {
        double r = Math.max(8, Math.min(theme.size("Holdpoint.bodymap.pointRadius"), scale * 0.03));
        Ellipse2D ring = new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        double arm = r * 0.62;
        Path2D cross = new Path2D.Double();
        cross.moveTo(p.getX() - arm, p.getY() - arm);
        cross.lineTo(p.getX() + arm, p.getY() + arm);
        cross.moveTo(p.getX() + arm, p.getY() - arm);
        cross.lineTo(p.getX() - arm, p.getY() + arm);
        float width = (float) Math.max(3, r / 3.5);
        g2.setColor(theme.color("Holdpoint.bodymap.pointHalo"));
        g2.setStroke(new BasicStroke(width + 4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.draw(ring);
        g2.draw(cross);
        g2.setColor(theme.color("Holdpoint.bodymap.point"));
        g2.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.draw(ring);
        g2.draw(cross);
    }

    /** FRONT or BACK above the figure; the figure's L and R beside it. */
    private void paintLabels(Graphics2D g2, AffineTransform figure, Rectangle2D area, BodyMapMark.View view) {
        Font font = theme.font("Holdpoint.bodymap.label.font");
        g2.setFont(font);
        g2.setColor(theme.color("Holdpoint.bodymap.label"));
        FontMetrics metrics = g2.getFontMetrics();
        String title = text.get("widget.bodymap." + view.name());
        g2.drawString(title, (float) (area.getX() + (area.getWidth() - metrics.stringWidth(title)) / 2),
                metrics.getAscent());
        Point2D leftEdge = figure.transform(new Point2D.Double(FIGURE_LEFT, 0.30), null);
        Point2D rightEdge = figure.transform(new Point2D.Double(FIGURE_RIGHT, 0.30), null);
        // Front: the figure's left is on the viewer's right.
        boolean front = view == BodyMapMark.View.FRONT;
        String onViewersLeft = text.get(front ? "widget.bodymap.right" : "widget.bodymap.left");
        String onViewersRight = text.get(front ? "widget.bodymap.left" : "widget.bodymap.right");
        g2.drawString(onViewersLeft, (float) leftEdge.getX() - metrics.stringWidth(onViewersLeft) - 4,
                (float) leftEdge.getY());
        g2.drawString(onViewersRight, (float) rightEdge.getX() + 4, (float) rightEdge.getY());
    }
}
