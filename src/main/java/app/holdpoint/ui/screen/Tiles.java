package app.holdpoint.ui.screen;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;

import javax.swing.JButton;
import javax.swing.JLabel;

import app.holdpoint.store.Therapist;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.TouchTarget;

/**
 * A therapist's tile: the name big, a line under it for the role and any lock-out.
 *
 * <p>The lines are labels inside the button, not HTML: the tiles are the first screen of every day, and Swing's
 * HTML (its parser, style sheet and views, first used here) was a tenth of the kiosk's start. A name too long for
 * one line breaks after a space or hyphen into two, and one still too wide (a long double-barrelled name on a small
 * tablet) is set smaller until it fits, never cut.
 */
final class Tiles {
    /** The lock-out and role line's size against the name's, as the tiles have always shown it. */
    private static final float LINE_SCALE = 0.75f;
    /** How far a name may shrink to fit, and in what steps. */
    private static final float MIN_NAME_SCALE = 0.5f;
    private static final float NAME_SCALE_STEP = 0.05f;

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
        Insets insets = tile.getInsets();
        int room = size.width - insets.left - insets.right;
        tile.setLayout(new GridBagLayout());
        int y = 0;
        for (TileLabel nameLine : nameLines(tile, therapist.name(), room)) {
            tile.add(nameLine, row(y++));
        }
        if (!line.isEmpty()) {
            tile.add(new TileLabel(tile, line, LINE_SCALE), row(y));
        }
        tile.addActionListener(e -> onTap.run());
        return TouchTarget.atLeast(tile, size);
    }

    private static GridBagConstraints row(int y) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        return c;
    }

    /**
     * The name in as few lines as fit {@code room} pixels: one, else two, in the tile's font or as much smaller
     * as it takes, down to half (where a name would be cut only if one word of it were wider than half a tile).
     */
    private static List<TileLabel> nameLines(JButton tile, String name, int room) {
        for (float scale = 1f; scale > MIN_NAME_SCALE; scale -= NAME_SCALE_STEP) {
            List<TileLabel> lines = fitted(tile, name, room, scale);
            if (!lines.isEmpty()) {
                return lines;
            }
        }
        List<TileLabel> smallest = fitted(tile, name, room, MIN_NAME_SCALE);
        return smallest.isEmpty() ? List.of(new TileLabel(tile, name, MIN_NAME_SCALE)) : smallest;
    }

    /** The name in one or two lines at {@code scale}, each within {@code room}; empty when it does not fit. */
    private static List<TileLabel> fitted(JButton tile, String name, int room, float scale) {
        TileLabel whole = new TileLabel(tile, name, scale);
        if (whole.getPreferredSize().width <= room) {
            return List.of(whole);
        }
        // The latest break whose first line fits leaves the least for the second.
        for (int at = name.length() - 1; at > 0; at--) {
            char before = name.charAt(at - 1);
            if (before != ' ' && before != '-') {
                continue;
            }
            TileLabel first = new TileLabel(tile, name.substring(0, at).strip(), scale);
            if (first.getPreferredSize().width > room) {
                continue;
            }
            TileLabel second = new TileLabel(tile, name.substring(at).strip(), scale);
            return second.getPreferredSize().width <= room ? List.of(first, second) : List.of();
        }
        return List.of();
    }

    /**
     * A line of a tile in the tile's own font (scaled) and colour, read from the tile at each paint, so a style or
     * theme change to the button (a lock-out's warning colour, dark mode) reaches its words too.
     */
    private static final class TileLabel extends JLabel {
        private final JButton tile;
        private final float scale;
        private Font from;
        private Font scaled;

        TileLabel(JButton tile, String words, float scale) {
            super(words);
            this.tile = tile;
            this.scale = scale;
        }

        @Override
        public Font getFont() {
            // Called by JLabel's own constructor, before the fields are set.
            Font own = tile == null ? super.getFont() : tile.getFont();
            if (tile == null || scale == 1f || own == null) {
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
            return tile == null ? super.getForeground() : tile.getForeground();
        }
    }
}
