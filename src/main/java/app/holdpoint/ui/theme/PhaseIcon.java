package app.holdpoint.ui.theme;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;


import app.holdpoint.protocol.PhaseKind;

/**
 * A vector icon for each phase kind, drawn with Java2D on a 100×100 grid and scaled to any size, so a phase is
 * recognised by its shape as well as its colour: an arrow pressing down for PRESS, a wave for RELAX, a spray
 * fan, a stretch arrow, and so on.
 */
public final class PhaseIcon extends SquareIcon {
    private final PhaseKind kind;
    private final Color color;

    public PhaseIcon(PhaseKind kind, int size, Color color) {
        super(size);
        this.kind = kind;
        this.color = color;
    }

    public PhaseKind kind() {
        return kind;
    }

    @Override
    protected void draw(Component c, Graphics2D g2, int x, int y) {
        g2.translate(x, y);
        g2.scale(size / 100.0, size / 100.0);
        g2.setColor(color);
        g2.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        paint(g2, kind);
    }

    /** Paints the icon on a 100×100 grid with the current colour and a 9-unit stroke. */
    static void paint(Graphics2D g, PhaseKind kind) {
        switch (kind) {
            case PRESS -> press(g);
            case RELAX -> relax(g);
            case SPRAY -> spray(g);
            case STRETCH -> stretch(g);
            case CONTRACT -> contract(g);
            case REWARM -> rewarm(g);
            case NEEDLE -> needle(g, false);
            case RETAIN -> retain(g);
            case NEEDLES_OUT -> needle(g, true);
            case HAEMOSTASIS -> haemostasis(g);
            case INSTRUCT -> instruct(g);
            case RATE -> rate(g);
            case HOME_CARE -> homeCare(g);
        }
    }

    // A solid arrow pushing down onto a surface.
    private static void press(Graphics2D g) {
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(38, 8);
        arrow.lineTo(62, 8);
        arrow.lineTo(62, 42);
        arrow.lineTo(80, 42);
        arrow.lineTo(50, 74);
        arrow.lineTo(20, 42);
        arrow.lineTo(38, 42);
        arrow.closePath();
        g.fill(arrow);
        g.fill(new RoundRectangle2D.Double(10, 82, 80, 10, 6, 6));
    }

    // Two slow waves: breathing out.
    private static void relax(Graphics2D g) {
        for (int row = 0; row < 2; row++) {
            double y = 38 + row * 28;
            Path2D wave = new Path2D.Double();
            wave.moveTo(10, y);
            wave.curveTo(22, y - 16, 34, y - 16, 46, y);
            wave.curveTo(58, y + 16, 70, y + 16, 90, y - 2);
            g.draw(wave);
        }
    }

    // A nozzle with a fan of droplets.
    private static void spray(Graphics2D g) {
        g.fill(new RoundRectangle2D.Double(6, 52, 30, 40, 8, 8));
        g.fill(new Rectangle2D.Double(14, 40, 14, 14));
        double[][] drops = {{50, 28}, {50, 46}, {50, 64}, {66, 18}, {68, 40}, {68, 62}, {66, 84}, {86, 10}, {88, 34},
                {88, 58}, {86, 82}};
        for (double[] d : drops) {
            g.fill(new Ellipse2D.Double(d[0] - 5, d[1] - 5, 10, 10));
        }
    }

    // A bar pulled out at both ends.
    private static void stretch(Graphics2D g) {
        g.draw(new Line2D.Double(14, 50, 86, 50));
        arrowHead(g, 8, 50, -1);
        arrowHead(g, 92, 50, 1);
        g.draw(new Line2D.Double(50, 22, 50, 78));
    }

    // Two arrows pushing in on a block.
    private static void contract(Graphics2D g) {
        g.fill(new RoundRectangle2D.Double(40, 24, 20, 52, 6, 6));
        g.draw(new Line2D.Double(6, 50, 24, 50));
        g.draw(new Line2D.Double(76, 50, 94, 50));
        arrowHead(g, 32, 50, 1);
        arrowHead(g, 68, 50, -1);
    }

    // A sun: warmth.
    private static void rewarm(Graphics2D g) {
        g.fill(new Ellipse2D.Double(30, 30, 40, 40));
        for (int i = 0; i < 8; i++) {
            double a = Math.PI / 4 * i;
            g.draw(new Line2D.Double(50 + Math.cos(a) * 32, 50 + Math.sin(a) * 32, 50 + Math.cos(a) * 44,
                    50 + Math.sin(a) * 44));
        }
    }

    // A fine needle with its handle, into a skin line; with an arrow up when the needles come out.
    private static void needle(Graphics2D g, boolean out) {
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(30, out ? 60 : 84, 30, out ? 26 : 50));
        g.fill(new RoundRectangle2D.Double(22, out ? 6 : 30, 16, 24, 5, 5));
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(8, 80, 92, 80));
        if (out) {
            g.draw(new Line2D.Double(68, 64, 68, 20));
            arrowHeadUp(g, 68, 12);
        } else {
            g.draw(new Line2D.Double(58, 40, 86, 40));
            arrowHead(g, 50, 40, -1);
        }
    }

    // A needle left in place, with a clock.
    private static void retain(Graphics2D g) {
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(22, 86, 22, 50));
        g.fill(new RoundRectangle2D.Double(14, 28, 16, 24, 5, 5));
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Ellipse2D.Double(42, 26, 50, 50));
        g.draw(new Line2D.Double(67, 51, 67, 36));
        g.draw(new Line2D.Double(67, 51, 78, 58));
        g.draw(new Line2D.Double(6, 90, 40, 90));
    }

    // A drop with a thumb pressing on it.
    private static void haemostasis(Graphics2D g) {
        GeneralPath drop = new GeneralPath();
        drop.moveTo(50, 30);
        drop.curveTo(58, 46, 72, 58, 72, 72);
        drop.curveTo(72, 85, 62, 94, 50, 94);
        drop.curveTo(38, 94, 28, 85, 28, 72);
        drop.curveTo(28, 58, 42, 46, 50, 30);
        drop.closePath();
        g.fill(drop);
        g.fill(new RoundRectangle2D.Double(30, 6, 40, 12, 6, 6));
        g.draw(new Line2D.Double(50, 18, 50, 22));
    }

    // A check in a circle: do this, then confirm.
    private static void instruct(Graphics2D g) {
        g.draw(new Ellipse2D.Double(8, 8, 84, 84));
        Path2D check = new Path2D.Double();
        check.moveTo(28, 52);
        check.lineTo(44, 68);
        check.lineTo(74, 34);
        g.setStroke(new BasicStroke(11f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(check);
    }

    // Rising bars: a scale.
    private static void rate(Graphics2D g) {
        for (int i = 0; i < 5; i++) {
            double h = 16 + i * 17;
            g.fill(new RoundRectangle2D.Double(8 + i * 18, 92 - h, 12, h, 4, 4));
        }
    }

    // A house.
    private static void homeCare(Graphics2D g) {
        Path2D house = new Path2D.Double();
        house.moveTo(10, 50);
        house.lineTo(50, 12);
        house.lineTo(90, 50);
        g.draw(house);
        Path2D body = new Path2D.Double();
        body.moveTo(22, 44);
        body.lineTo(22, 90);
        body.lineTo(78, 90);
        body.lineTo(78, 44);
        g.draw(body);
        g.fill(new RoundRectangle2D.Double(42, 62, 16, 28, 4, 4));
        g.draw(new Arc2D.Double(40, 36, 20, 20, 0, 360, Arc2D.OPEN));
    }

    private static void arrowHead(Graphics2D g, double tipX, double tipY, int direction) {
        Path2D head = new Path2D.Double();
        head.moveTo(tipX, tipY);
        head.lineTo(tipX - direction * 20, tipY - 15);
        head.lineTo(tipX - direction * 20, tipY + 15);
        head.closePath();
        g.fill(head);
        g.draw(head);
    }

    private static void arrowHeadUp(Graphics2D g, double tipX, double tipY) {
        Path2D head = new Path2D.Double();
        head.moveTo(tipX, tipY);
        head.lineTo(tipX - 15, tipY + 20);
        head.lineTo(tipX + 15, tipY + 20);
        head.closePath();
        g.fill(head);
        g.draw(head);
    }
}
