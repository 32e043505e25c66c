package app.holdpoint.ui.screen;

import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.Labels;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingConstants;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;

/**
 * The recovery code, shown once after the first administrator is created or when an administrator makes a new one
 * in Settings: big, in groups, with what it is for and the one way on ("I have written it down"), after which the
 * screen forgets it. Only the store's slow hash stays. Component names start with the owner's prefix
 * ({@code firstAdmin.code}, {@code settings.code}).
 */
final class RecoveryCodeCard extends JPanel {
    private final Text text;
    private final JLabel code = new JLabel("", SwingConstants.CENTER);
    private final JTextArea message = ReadOnlyText.wrapping("");

    RecoveryCodeCard(Theme theme, Text text, String prefix, Runnable onDone) {
        this.text = text;
        setName(prefix + ".recovery");
        int gap = theme.integer("Holdpoint.key.gap");
        setLayout(new MigLayout("insets " + 2 * gap + " " + 4 * gap + ", fill, wrap 1, gap " + 2 * gap,
                "[grow, fill]", "[][][grow, center][][]"));
        add(Labels.heading(text.get("first.code.title"), "h0"), "wmin 0");
        JTextArea explain = ReadOnlyText.wrapping(text.get("first.code.explain"));
        explain.putClientProperty("FlatLaf.styleClass", "h3");
        add(explain, "wmin 0");
        code.setName(prefix + ".code");
        // Monospaced, so O and 0 or I and l cannot be confused when writing it down (the code uses no 0, 1 or 8).
        code.putClientProperty("FlatLaf.style", "font: bold +24 monospaced");
        add(code, "wmin 0");
        message.setName(prefix + ".code.message");
        message.putClientProperty("FlatLaf.styleClass", "hpWarning");
        add(message, "wmin 0");
        BigButton done = BigButton.primary(theme, text.get("first.code.done"));
        done.setName(prefix + ".code.done");
        done.addActionListener(e -> {
            forget();
            onDone.run();
        });
        add(done, "right, growx 0");
    }

    /** Shows the code, or why there is none. */
    void show(String recoveryCode) {
        code.setText(recoveryCode);
        message.setText("");
    }

    void failed(String reason) {
        code.setText("");
        message.setText(text.get("first.code.failed", reason));
    }

    /** Clears the code from the screen (also when its screen is left without "I have written it down"). */
    void forget() {
        code.setText("");
        message.setText("");
    }

    String codeShown() {
        return code.getText();
    }
}
