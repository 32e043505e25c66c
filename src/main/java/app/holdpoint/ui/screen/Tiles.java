package app.holdpoint.ui.screen;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

import javax.swing.JButton;
import javax.swing.JLabel;

import app.holdpoint.store.Therapist;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.TextHtml;
import app.holdpoint.ui.widget.TouchTarget;

/**
 * A therapist's tile: the name big, a line under it for the role and any lock-out.
 *
 * <p>The two lines are two labels inside the button, not HTML: the tiles are the first screen of every day, and
 * Swing's HTML (its parser, style sheet and views, first used here) was a tenth of the kiosk's start. A name too
 * long for one line still wraps, through HTML, rather than being cut short.
 */
final class Tiles {
    /** The lock-out and role line's size against the name's, as the tiles have always shown it. */
    private static final float LINE_SCALE = 0.75f;

    private Tiles() {
    }

    static JButton therapist(Theme theme, Text text, Therapist therapist, String locked, Runnable onTap) {
        String badge = therapist.isAdmin() ? text.get("signIn.admin") : "";
        JButton tile = new JButton();
        tile.setName("tile." + therapist.name());
        tile.putClientProperty("FlatLaf.styleClass", "hpTile");
        tile.setFocusable(false);
        if (!locked.isEmpty()) {
            tile.putClientProperty("FlatLaf.style", "foreground: $Holdpoint.warning; borderColor: $Holdpoint.warning");
        }
        String line = badge.isEmpty() || locked.isEmpty() ? badge + locked : badge + " \u00B7 " + locked;
        tile.getAccessibleContext().setAccessibleName(line.isEmpty() ? therapist.name()
                : therapist.name() + ", " + line);
        Dimension size = theme.dimension("Holdpoint.tile.minimumSize");
        TileLabel name = new TileLabel(therapist.name(), 1f);
        tile.setLayout(new GridBagLayout());
        tile.add(name, row(0));
        Insets insets = tile.getInsets();
        if (name.getPreferredSize().width <= size.width - insets.left - insets.right) {
            if (!line.isEmpty()) {
                tile.add(new TileLabel(line, LINE_SCALE), row(1));
            }
        } else {
            tile.removeAll();
            tile.setLayout(null);
            // The text last: Swing lays out an HTML text again at each change of font or colour, which the style makes.
            tile.setText(html(therapist.name(), badge, locked));
        }
        tile.addActionListener(e -> onTap.run());
        return TouchTarget.atLeast(tile, size);
    }

    private static GridBagConstraints row(int y) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        return c;
    }

    private static String html(String name, String badge, String locked) {
        StringBuilder html = new StringBuilder("<html><center>").append(TextHtml.escape(name));
        if (!badge.isEmpty() || !locked.isEmpty()) {
            html.append("<br><span style='font-size:75%'>");
            html.append(TextHtml.escape(badge));
            if (!badge.isEmpty() && !locked.isEmpty()) {
                html.append(" \u00B7 ");
            }
            if (!locked.isEmpty()) {
                html.append("<b>").append(TextHtml.escape(locked)).append("</b>");
            }
            html.append("</span>");
        }
        return html.append("</center></html>").toString();
    }

    /**
     * A line of a tile in the tile's own font (scaled) and colour, read from the button at each paint, so a style
     * or theme change to the button (a lock-out's warning colour, dark mode) reaches its words too.
     */
    private static final class TileLabel extends JLabel {
        private final float scale;
        private Font from;
        private Font scaled;

        TileLabel(String words, float scale) {
            super(words);
            this.scale = scale;
        }

        @Override
        public Font getFont() {
            Font own = getParent() == null ? super.getFont() : getParent().getFont();
            if (scale == 1f || own == null) {
                return own;
            }
            if (own != from) {
                from = own;
                scaled = own.deriveFont(own.getSize2D() * scale);
            }
            return scaled;
        }

        @Override
        public Color getForeground() {
            return getParent() == null ? super.getForeground() : getParent().getForeground();
        }
    }
}
