package app.holdpoint.ui.session;

import java.util.List;
import java.util.function.Consumer;

import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.BigButton;
import javax.swing.JTextArea;
import java.util.ArrayList;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;

/**
 * Asks why: a few preset reasons as big chips (one tap, hands busy) and an optional line of free text that is
 * added to the chosen chip, or stands alone. Used for ending a session early and for a screening override.
 */
final class ReasonPanel extends JPanel {
    /** A free-text reason alone must say at least this much. */
    static final int MIN_TEXT = 5;
    /** A chip's reason as words, without the markup that lets it wrap. */
    private static final String PLAIN = "holdpoint.reason";

    private final ButtonGroup group = new ButtonGroup();
    private final List<JToggleButton> chips;
    private final JTextField detail = new JTextField();
    private final BigButton confirm;
    private Consumer<String> onConfirm = reason -> { };
    private final Theme theme;
    private final JPanel chipPanel;
    private int chipColumns;

    /**
     * @param prefix bundle prefix: {@code <prefix>.title}, {@code .hint}, {@code .confirm} and the chips
     *               {@code <prefix>.reason.1} ... until a key is missing
     */
    ReasonPanel(Theme theme, Text text, String prefix, Runnable onCancel) {
        super(new MigLayout("insets 32, fillx, wrap 1, gap 16", "[grow, fill]", "[][][]push[][]"));
        setName(prefix + ".panel");
        this.theme = theme;
        // Question and hint wrap on a narrow screen rather than run off it.
        JTextArea title = ReadOnlyText.wrapping(text.get(prefix + ".title"), theme.font("h1.font"));
        title.setName(prefix + ".title");
        JTextArea hint = ReadOnlyText.wrapping(text.get(prefix + ".hint"), theme.font("Holdpoint.session.text.font"));
        add(title, "wmin 0");
        add(hint, "wmin 0");

        chipPanel = new JPanel();
        chipPanel.setOpaque(false);
        List<String> presets = new ArrayList<>();
        for (int i = 1; text.has(prefix + ".reason." + i); i++) {
            presets.add(text.get(prefix + ".reason." + i));
        }
        chips = presets.stream().map(preset -> chip(theme, preset)).toList();
        for (int i = 0; i < chips.size(); i++) {
            chips.get(i).setName(prefix + ".reason." + (i + 1));
        }
        arrangeChips(3);
        // Three chips to a row where they fit, two on a portrait screen; long reasons wrap inside their chip.
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                int columns = getHeight() > getWidth() ? 2 : 3;
                if (columns != chipColumns) {
                    arrangeChips(columns);
                }
            }
        });
        add(chipPanel, "wmin 0");

        JPanel detailRow = new JPanel(new MigLayout("insets 0, fillx", "[][grow, fill]"));
        detailRow.setOpaque(false);
        JLabel detailLabel = new JLabel(text.get("reason.detail"));
        detailLabel.setFont(theme.font("Holdpoint.session.text.font"));
        detail.setName(prefix + ".detail");
        detail.setFont(theme.font("Holdpoint.session.text.font"));
        detail.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                update();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                update();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                update();
            }
        });
        detailRow.add(detailLabel);
        detailRow.add(detail, "h " + theme.integer("Holdpoint.touch.minimum") + "!");
        add(detailRow);

        BigButton cancel = new BigButton(theme, text.get("reason.cancel"));
        cancel.setName(prefix + ".cancel");
        cancel.addActionListener(e -> onCancel.run());
        confirm = BigButton.primary(theme, text.get(prefix + ".confirm"));
        confirm.setName(prefix + ".confirm");
        confirm.addActionListener(e -> onConfirm.accept(reason()));
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill, sg b]24[grow, fill, sg b]"));
        buttons.setOpaque(false);
        buttons.add(cancel);
        buttons.add(confirm);
        add(buttons);
        update();
    }

    private void arrangeChips(int columns) {
        chipColumns = columns;
        chipPanel.removeAll();
        chipPanel.setLayout(new MigLayout("insets 0, fillx, wrap " + columns + ", gap 12",
                "[grow, fill, sg c, 0:0:]".repeat(columns)));
        for (JToggleButton chip : chips) {
            chipPanel.add(chip, "wmin 0, aligny center, h " + theme.integer("Holdpoint.session.control.height") + "!");
        }
        chipPanel.revalidate();
    }

    /** Clears the last answer and says what happens on confirm. */
    void ask(Consumer<String> onConfirmed) {
        this.onConfirm = onConfirmed;
        group.clearSelection();
        detail.setText("");
        update();
    }

    /** The chosen chip, then the free text after a colon; or the free text alone. "" when nothing is enough. */
    String reason() {
        String typed = detail.getText().strip();
        String chosen = chips.stream().filter(JToggleButton::isSelected)
                .map(chip -> (String) chip.getClientProperty(PLAIN)).findFirst().orElse("");
        if (!chosen.isEmpty()) {
            return typed.isEmpty() ? chosen : chosen + ": " + typed;
        }
        return typed.length() >= MIN_TEXT ? typed : "";
    }

    private JToggleButton chip(Theme theme, String label) {
        JToggleButton chip = CheckIcon.on(new JToggleButton(label), theme.size("Holdpoint.session.checkPixels"));
        chip.setText("<html>" + label.replace("&", "&amp;").replace("<", "&lt;") + "</html>");
        chip.putClientProperty(PLAIN, label);
        chip.putClientProperty("FlatLaf.styleClass", "hpChip");
        chip.setFocusable(false);
        chip.addItemListener(e -> update());
        group.add(chip);
        return chip;
    }

    private void update() {
        confirm.setEnabled(!reason().isEmpty());
    }
}
