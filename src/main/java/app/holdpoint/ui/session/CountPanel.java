package app.holdpoint.ui.session;

import java.util.function.IntConsumer;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingConstants;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.BigButton;

/** Counting needles in or out: the planned number, correctable with big minus and plus, then confirm. */
final class CountPanel extends JPanel {
    static final int MAX = 99;

    private final Text text;
    private final JTextArea question;
    private final JLabel count = new JLabel("", SwingConstants.CENTER);
    private final JLabel planned = new JLabel("", SwingConstants.CENTER);
    private int value;
    private IntConsumer onCounted = v -> { };

    CountPanel(Theme theme, Text text, Runnable onCancel) {
        super(new MigLayout("insets 32, fillx, wrap 1, gap 20", "[grow, fill]", "[]push[][]push[]"));
        this.text = text;
        setName("count.panel");
        question = ReadOnlyText.wrapping("", theme.font("Holdpoint.session.panelQuestion.font"));
        question.setName("count.question");
        count.setName("count.value");
        count.setFont(theme.font("Holdpoint.session.count.font"));
        planned.setFont(theme.font("Holdpoint.session.text.font"));
        BigButton minus = new BigButton(theme, "\u2212");
        minus.setName("count.minus");
        minus.addActionListener(e -> set(value - 1));
        BigButton plus = new BigButton(theme, "+");
        // Signs as big as the buttons: read from the table, not from the screen's edge.
        minus.putClientProperty("FlatLaf.style", "font: $Holdpoint.session.countButton.font");
        plus.setName("count.plus");
        plus.putClientProperty("FlatLaf.style", "font: $Holdpoint.session.countButton.font");
        plus.addActionListener(e -> set(value + 1));
        // Design pixels: MigLayout scales them with the rest of the UI.
        int size = theme.integer("Holdpoint.session.countButton");
        JPanel row = new JPanel(new MigLayout("insets 0, fillx", "push[" + size + "!][240!][" + size + "!]push"));
        row.setOpaque(false);
        row.add(minus, "w " + size + "!, h " + size + "!");
        row.add(count, "growx, wmin 0");
        row.add(plus, "w " + size + "!, h " + size + "!");
        BigButton cancel = new BigButton(theme, text.get("count.cancel"));
        cancel.setName("count.cancel");
        cancel.addActionListener(e -> onCancel.run());
        BigButton confirm = BigButton.primary(theme, text.get("count.confirm"));
        confirm.setName("count.confirm");
        confirm.addActionListener(e -> onCounted.accept(value));
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill, sg b]24[grow, fill, sg b]"));
        buttons.setOpaque(false);
        buttons.add(cancel);
        buttons.add(confirm);
        add(question, "wmin 0, hmax " + theme.integer("Holdpoint.session.panelQuestion.maxHeight"));
        add(row);
        add(planned);
        add(buttons);
    }

    void ask(String label, int expected, IntConsumer counted) {
        question.setText(label);
        planned.setText(text.get("count.planned", expected));
        onCounted = counted;
        set(expected);
    }

    int value() {
        return value;
    }

    private void set(int newValue) {
        value = Math.max(0, Math.min(MAX, newValue));
        count.setText(Integer.toString(value));
    }
}
