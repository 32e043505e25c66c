package app.holdpoint.ui.session;

import java.util.function.IntConsumer;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.PainScale;

/** A RATE phase's question over the runner: the pain scale, then a deliberate "record" tap. */
final class RatingPanel extends JPanel {
    private final JTextArea question;
    private final PainScale scale;
    private final BigButton record;
    private IntConsumer onRated = value -> { };

    RatingPanel(Theme theme, Text text, Runnable onCancel) {
        super(new MigLayout("insets 32, fillx, wrap 1, gap 20", "[grow, fill]", "[][]push[]push[]"));
        setName("rating.panel");
        // The step's label wraps in its own lines; one too long for them is cut, and the layout sweep says so.
        question = ReadOnlyText.wrapping("", theme.font("Holdpoint.session.panelQuestion.font"));
        question.setName("rating.question");
        JLabel hint = new JLabel(text.get("rating.hint"));
        hint.setFont(theme.font("Holdpoint.session.text.font"));
        scale = new PainScale(theme, text);
        scale.setName("rating.scale");
        record = BigButton.primary(theme, text.get("rating.record"));
        record.setName("rating.record");
        record.addActionListener(e -> scale.value().ifPresent(onRated::accept));
        scale.addActionListener(e -> record.setEnabled(true));
        BigButton cancel = new BigButton(theme, text.get("rating.cancel"));
        cancel.setName("rating.cancel");
        cancel.addActionListener(e -> onCancel.run());
        add(question, "wmin 0, hmax " + theme.integer("Holdpoint.session.panelQuestion.maxHeight"));
        add(hint);
        add(scale);
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill, sg b]24[grow, fill, sg b]"));
        buttons.setOpaque(false);
        buttons.add(cancel);
        buttons.add(record);
        add(buttons);
    }

    /** A portrait screen is too narrow for eleven tiles in a row: the scale takes two. */
    @Override
    public void doLayout() {
        scale.setTwoRows(getHeight() > getWidth());
        super.doLayout();
    }

    void ask(String label, IntConsumer rated) {
        question.setText(label);
        scale.setValue(null);
        record.setEnabled(false);
        onRated = rated;
    }
}
