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

import app.holdpoint.domain.PainScore;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;

/**
 * Pain 0–10 as eleven big tiles, graded green to red but always carrying their number. The chosen tile gets a
 * thick ring and a check mark, so the choice is visible without colour. Choosing fires the action listeners
 * (command = the value) and a {@code "value"} property change.
 */
public final class PainScale extends JPanel {
    /** One tile per value of the scale. */
    private static final int TILES = PainScore.MAX - PainScore.MIN + 1;

    private final Theme theme;
    private final List<Tile> tiles = new ArrayList<>();
    private final JLabel low;
    private final JLabel high;
    private int rows;
    private Integer value;
    private boolean forceTwoRows;

    public PainScale(Theme theme, Text text) {
        this.theme = theme;
        setName("painScale");
        setOpaque(false);
        for (int i = PainScore.MIN; i <= PainScore.MAX; i++) {
            tiles.add(new Tile(i));
        }
        low = new JLabel(text.get("widget.pain.low"));
        high = new JLabel(text.get("widget.pain.high"));
        for (JLabel label : List.of(low, high)) {
            label.setFont(theme.font("Holdpoint.pain.caption.font"));
            label.setForeground(theme.color("Holdpoint.text.muted"));
        }
        arrange(1);
        // Eleven tiles of a finger's width do not fit across a portrait tablet: there they go on two rows.
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                rearrange();
            }
        });
    }

    /**
     * Two rows (0–5 above 6–10) even where one would fit, for a panel taller than wide (the runner's portrait
     * rating); otherwise the scale folds by itself only when eleven tiles do not fit across.
     */
    public void setTwoRows(boolean twoRows) {
        forceTwoRows = twoRows;
        rearrange();
    }

    private void rearrange() {
        int wanted = forceTwoRows || getWidth() > 0 && getWidth() < oneRowWidth() ? 2 : 1;
        if (wanted != rows) {
            arrange(wanted);
        }
    }

    /** Never wider than two rows need, so a narrow parent can give it the width that makes it fold. */
    @Override
    public Dimension getMinimumSize() {
        Dimension size = super.getMinimumSize();
        int perRow = (TILES + 1) / 2;
        int twoRows = perRow * tiles.get(0).getMinimumSize().width + (perRow - 1) * theme.size("Holdpoint.pain.gap");
        return new Dimension(Math.min(size.width, twoRows), size.height);
    }

    private int oneRowWidth() {
        return TILES * tiles.get(0).getMinimumSize().width + (TILES - 1) * theme.size("Holdpoint.pain.gap");
    }

    /** 0–10 in one row, or 0–5 over 6–10. */
    private void arrange(int rowCount) {
        rows = rowCount;
        removeAll();
        int gap = theme.integer("Holdpoint.pain.gap");
        int perRow = rowCount == 1 ? TILES : (TILES + 1) / 2;
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < perRow; i++) {
            columns.append("[grow, fill, sg tile]");
        }
        setLayout(new MigLayout("insets 0, gap " + gap + " " + gap / 2 + ", wrap " + perRow, columns.toString(),
                rowCount == 1 ? "[grow, fill][]" : "[grow, fill][grow, fill][]"));
        for (Tile tile : tiles) {
            add(tile);
        }
        add(low, (rowCount == 1 ? "newline, " : "newline, ") + "span 3, left");
        add(high, "span " + (perRow - 3) + ", right");
        revalidate();
        repaint();
    }

    /** The chosen value, empty until one is chosen. */
    public OptionalInt value() {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** Chooses a value (0–10) or clears the choice (null), as a tap would, but without firing actions. */
    public void setValue(Integer newValue) {
        if (newValue != null && !PainScore.isValid(newValue)) {
            throw new IllegalArgumentException("pain is " + PainScore.MIN + " to " + PainScore.MAX + ", not "
                    + newValue);
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
        return tiles.get(painValue - PainScore.MIN);
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
