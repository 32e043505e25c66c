package app.holdpoint.ui.widget;

import java.awt.BasicStroke;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

/**
 * Pain 0–10 as eleven big tiles, graded green to red but always carrying their number. The chosen tile gets a
 * thick ring and a check mark, so the choice is visible without colour. Choosing fires the action listeners
 * (command = the value) and a {@code "value"} property change.
 */
public final class PainScale extends JPanel {
    public static final int MAX = 10;

    private final Theme theme;
    private final List<Tile> tiles = new ArrayList<>();
    private Integer value;

    public PainScale(Theme theme, Text text) {
        this.theme = theme;
        setName("painScale");
        setOpaque(false);
        for (int i = 0; i <= MAX; i++) {
            tiles.add(new Tile(i));
        }
        low = new JLabel(text.get("widget.pain.low"));
        high = new JLabel(text.get("widget.pain.high"));
        for (JLabel label : List.of(low, high)) {
            label.setFont(theme.font("Holdpoint.pain.caption.font"));
            label.setForeground(theme.color("Holdpoint.text.muted"));
        }
        arrange();
    }

    private final JLabel low;
    private final JLabel high;
    private boolean twoRows;

    /**
     * Two rows (0–5 above 6–10) for a narrow screen, where eleven tiles of the touch size do not fit side by side;
     * one row otherwise.
     */
    public void setTwoRows(boolean twoRows) {
        if (this.twoRows != twoRows) {
            this.twoRows = twoRows;
            arrange();
        }
    }

    private void arrange() {
        removeAll();
        int gap = theme.integer("Holdpoint.pain.gap");
        int perRow = twoRows ? (MAX + 2) / 2 : MAX + 1;
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < perRow; i++) {
            columns.append("[grow, fill, sg tile]");
        }
        setLayout(new MigLayout("insets 0, gap " + gap + " " + gap / 2, columns.toString(),
                twoRows ? "[grow, fill][grow, fill][]" : "[grow, fill][]"));
        for (int i = 0; i <= MAX; i++) {
            add(tiles.get(i), i == MAX || i % perRow == perRow - 1 ? "wrap" : "");
        }
        int side = Math.min(3, perRow / 2);
        add(low, "span " + side + ", left");
        if (perRow > 2 * side) {
            add(new JLabel(), "span " + (perRow - 2 * side));
        }
        add(high, "span " + side + ", right");
        revalidate();
        repaint();
    }

    /** The chosen value, empty until one is chosen. */
    public OptionalInt value() {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** Chooses a value (0–10) or clears the choice (null), as a tap would, but without firing actions. */
    public void setValue(Integer newValue) {
        if (newValue != null && (newValue < 0 || newValue > MAX)) {
            throw new IllegalArgumentException("pain is 0 to 10, not " + newValue);
        }
        Integer old = value;
        value = newValue;
        if (old == null ? newValue != null : !old.equals(newValue)) {
            tiles.forEach(Tile::repaint);
            firePropertyChange("value", old, newValue);
        }
    }

    public void addActionListener(ActionListener listener) {
        listenerList.add(ActionListener.class, listener);
    }

    public void removeActionListener(ActionListener listener) {
        listenerList.remove(ActionListener.class, listener);
    }

    /** The tile for a value, for layout checks. */
    public JComponent tile(int painValue) {
        return tiles.get(painValue);
    }

    private void choose(int chosen) {
        setValue(chosen);
        ActionEvent event = new ActionEvent(this, ActionEvent.ACTION_PERFORMED, Integer.toString(chosen));
        for (ActionListener listener : listenerList.getListeners(ActionListener.class)) {
            listener.actionPerformed(event);
        }
    }

    private final class Tile extends JComponent {
        private final int number;

        Tile(int number) {
            this.number = number;
            setName("pain." + number);
            setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
            addMouseListener(new MouseAdapter() {
                @Override
                public void mousePressed(MouseEvent e) {
                    choose(number);
                }
            });
        }

        @Override
        public Dimension getMinimumSize() {
            return floor();
        }

        @Override
        public Dimension getPreferredSize() {
            Dimension floor = floor();
            return new Dimension(floor.width + theme.scaled(16), floor.height + theme.scaled(16));
        }

        private Dimension floor() {
            Dimension size = theme.dimension("Holdpoint.pain.minimumSize");
            int touch = theme.touchMinimum();
            return new Dimension(Math.max(touch, size.width), Math.max(touch, size.height));
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                boolean selected = value != null && value == number;
                int ring = theme.size("Holdpoint.pain.selectedWidth");
                double inset = ring / 2.0;
                RoundRectangle2D shape = new RoundRectangle2D.Double(inset, inset, getWidth() - 2 * inset,
                        getHeight() - 2 * inset, 20, 20);
                g2.setColor(theme.pain(number));
                g2.fill(shape);
                if (selected) {
                    g2.setColor(theme.color("Holdpoint.pain.selected"));
                    g2.setStroke(new BasicStroke(ring));
                    g2.draw(shape);
                    paintCheck(g2);
                }
                Font font = theme.font("Holdpoint.pain.font");
                g2.setFont(selected ? font.deriveFont(font.getSize2D() * 1.15f) : font);
                g2.setColor(theme.color("Holdpoint.pain.foreground"));
                FontMetrics metrics = g2.getFontMetrics();
                String label = Integer.toString(number);
                int x = (getWidth() - metrics.stringWidth(label)) / 2;
                int y = (getHeight() + metrics.getAscent() - metrics.getDescent()) / 2 + (selected ? 8 : 0);
                g2.drawString(label, x, y);
            } finally {
                g2.dispose();
            }
        }

        private void paintCheck(Graphics2D g2) {
            double s = Math.min(getWidth(), getHeight()) * 0.22;
            double x = (getWidth() - s) / 2;
            double y = s * 0.35;
            Path2D check = new Path2D.Double();
            check.moveTo(x, y + s * 0.5);
            check.lineTo(x + s * 0.38, y + s * 0.88);
            check.lineTo(x + s, y + s * 0.1);
            g2.setColor(theme.color("Holdpoint.pain.foreground"));
            g2.setStroke(new BasicStroke((float) Math.max(3, s / 5), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.draw(check);
        }
    }
}
