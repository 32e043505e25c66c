package app.holdpoint.ui.screen;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;

import javax.swing.AbstractAction;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.Labels;
import app.holdpoint.ui.widget.ReadOnlyText;

/**
 * The first start's opening page: what the kiosk needs before anyone can sign in (a name, a PIN twice, a recovery
 * code to write down, so the pen is at hand before the code appears) and one way on, "Begin" (or Enter). It carries
 * no keyboard, so the kiosk's first screen shows quickly; the name page with its letters is built behind it.
 */
final class WelcomeCard extends JPanel {

    WelcomeCard(Theme theme, Text text, Runnable onBegin) {
        setName("firstAdmin.welcome");
        int gap = theme.integer("Holdpoint.key.gap");
        setLayout(new MigLayout("insets " + 2 * gap + " " + 4 * gap + ", fill, wrap 1, gap " + 2 * gap,
                "[grow, fill]", "[][]" + gap + "[][][][grow, bottom]"));
        add(Labels.heading(text.get("first.title"), "h0"), "wmin 0");
        add(wrapping(text.get("first.explain"), "h3"), "wmin 0");
        for (String step : new String[] {"first.step.name", "first.step.pin", "first.step.code"}) {
            JTextArea line = wrapping(text.get(step), "h2");
            line.setName("firstAdmin." + step.substring("first.".length()));
            add(line, "wmin 0, gapleft " + 2 * gap);
        }
        BigButton begin = BigButton.primary(theme, text.get("first.begin"));
        begin.setName("firstAdmin.begin");
        begin.addActionListener(e -> onBegin.run());
        add(begin, "right, growx 0, w 220!, h 110!");
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "begin");
        getActionMap().put("begin", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                onBegin.run();
            }
        });
    }

    private static JTextArea wrapping(String content, String styleClass) {
        JTextArea area = ReadOnlyText.wrapping(content);
        area.putClientProperty("FlatLaf.styleClass", styleClass);
        return area;
    }
}
