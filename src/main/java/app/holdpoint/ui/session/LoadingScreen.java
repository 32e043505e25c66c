package app.holdpoint.ui.session;

import javax.swing.JPanel;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;

/** While an interrupted session is read back; and what went wrong if it cannot be, with a way back. */
final class LoadingScreen extends JPanel {
    private final MessageArea message;
    private final BigButton back;

    LoadingScreen(Theme theme, Text text, Runnable onBack) {
        super(new MigLayout("insets 48, fill, wrap 1, gap 24", "[grow, fill]", "push[][]push"));
        setName("loading");
        message = new MessageArea(theme);
        message.setName("loading.message");
        message.setFont(theme.font("Holdpoint.session.heading.font"));
        back = new BigButton(theme, text.get("resume.back"));
        back.setName("loading.back");
        back.addActionListener(e -> onBack.run());
        add(message, "wmin 0");
        add(back, "center, w 320!, h " + theme.integer("Holdpoint.session.control.height") + "!, hidemode 3");
    }

    void showLoading(String words) {
        message.show(words, false);
        back.setVisible(false);
    }

    void showProblem(String words) {
        message.show(words, true);
        back.setVisible(true);
    }
}
