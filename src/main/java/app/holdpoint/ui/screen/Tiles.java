package app.holdpoint.ui.screen;

import javax.swing.JButton;

import app.holdpoint.store.Therapist;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.TextHtml;
import app.holdpoint.ui.widget.TouchTarget;

/** A therapist's tile: the name big, a line under it for the role and any lock-out. */
final class Tiles {
    private Tiles() {
    }

    static JButton therapist(Theme theme, Text text, Therapist therapist, String locked, Runnable onTap) {
        StringBuilder html = new StringBuilder("<html><center>").append(TextHtml.escape(therapist.name()));
        String badge = therapist.isAdmin() ? text.get("signIn.admin") : "";
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
        html.append("</center></html>");
        JButton tile = new JButton();
        tile.setName("tile." + therapist.name());
        tile.putClientProperty("FlatLaf.styleClass", "hpTile");
        tile.setFocusable(false);
        if (!locked.isEmpty()) {
            tile.putClientProperty("FlatLaf.style", "foreground: $Holdpoint.warning; borderColor: $Holdpoint.warning");
        }
        // The text last: Swing lays out an HTML text again at each change of font or colour, which the style makes.
        tile.setText(html.toString());
        tile.addActionListener(e -> onTap.run());
        return TouchTarget.atLeast(tile, theme.dimension("Holdpoint.tile.minimumSize"));
    }
}
