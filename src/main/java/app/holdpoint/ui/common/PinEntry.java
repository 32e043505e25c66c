package app.holdpoint.ui.common;

import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.Labels;

import java.awt.Component;
import java.awt.Container;
import java.util.function.Consumer;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.PinPad;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.Dimension;
import javax.swing.JComponent;
import java.util.Optional;

/**
 * Who is asked and why on the left, with the last PIN check's message and a way back; the PIN pad on the right.
 * Shared by sign-in, the administrator overlay, first start and interrupted sessions. A pad anyone typed on is
 * replaced for the next entry, so nothing typed for one person is ever shown to the next.
 */
public final class PinEntry extends JPanel {
    private final Theme theme;
    private final Text text;
    private final Consumer<char[]> onPin;
    private final JLabel title = new JLabel();
    private final JTextArea message = ReadOnlyText.wrapping("");
    private final JPanel left;
    private final JPanel extra = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill]"));
    private final BigButton back;
    private PinPad pad;
    private String padConstraints = "growy";

    /**
     * @param onPin  called on the Event Dispatch Thread with the PIN when OK is pressed; the pad is then busy
     *               until {@link #reset} or {@link #message}
     * @param onBack the way out (Back or Cancel)
     */
    public PinEntry(Theme theme, Text text, String backLabel, Consumer<char[]> onPin, Runnable onBack) {
        super(new MigLayout());
        this.theme = theme;
        this.text = text;
        this.onPin = onPin;
        setName("pinEntry");
        title.setName("pinEntry.title");
        title.putClientProperty("FlatLaf.styleClass", "h1");
        message.setName("pinEntry.message");
        message.putClientProperty("FlatLaf.styleClass", "hpWarning");
        back = new BigButton(theme, backLabel);
        back.setName("pinEntry.back");
        back.addActionListener(e -> onBack.run());
        left = new JPanel(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]", "[]24[]24[]push[]"));
        left.add(title, "wmin 0");
        left.add(message, "wmin 0");
        left.add(extra, "wmin 0");
        left.add(back, "growx 0");
        // Transparent, so the entry takes the background of wherever it is shown (a screen, the overlay's card).
        left.setOpaque(false);
        extra.setOpaque(false);
        add(left);
        reset(" ");
        arrange(false);
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                boolean portrait = getHeight() > getWidth();
                if (portrait != this.portrait) {
                    this.portrait = portrait;
                    arrange(portrait);
                }
            }

            private boolean portrait;
        });
    }

    /**
     * Landscape: who and why on the left, the pad on the right. Portrait: who and why above, the pad under them,
     * as wide as a pad needs, so nothing is squeezed into a third of a narrow screen.
     */
    private void arrange(boolean portrait) {
        int gap = theme.integer("Holdpoint.key.gap");
        Dimension key = theme.dimension("Holdpoint.key.minimumSize");
        int padWidth = key.width * 4 + theme.scaled(gap) * 3;
        MigLayout layout = (MigLayout) getLayout();
        layout.setLayoutConstraints("insets " + 2 * gap + ", fill, gap " + 8 * gap / 3);
        if (portrait) {
            layout.setColumnConstraints("[grow, fill]");
            layout.setRowConstraints("[][grow, fill]");
            layout.setComponentConstraints(left, "wmin 0, wrap");
            padConstraints = "growy, center, w " + padWidth + "px!";
        } else {
            layout.setColumnConstraints("[grow, fill][" + padWidth + "px!]");
            layout.setRowConstraints("[grow, fill]");
            layout.setComponentConstraints(left, "wmin 0");
            padConstraints = "growy";
        }
        if (pad != null) {
            layout.setComponentConstraints(pad, padConstraints);
        }
        revalidate();
    }

    /**
     * An empty, enabled pad under a new heading; clears the message. A pad anyone has typed on, or that a check
     * left disabled, is replaced by a new one; one nobody has touched (built ahead, as sign-in does) is kept, so
     * its layout and first paint are already done when the tap that asks for it comes.
     */
    public void reset(String heading) {
        title.setText(Labels.html(heading));
        message.setText("");
        if (pad == null || !pad.untouched() || !padEnabled()) {
            if (pad != null) {
                remove(pad);
            }
            pad = newPad();
            add(pad, padConstraints);
        }
        revalidate();
        repaint();
    }

    private PinPad newPad() {
        PinPad fresh = new PinPad(theme, text);
        fresh.setOpaque(false);
        fresh.addActionListener(e -> {
            char[] pin = fresh.value().toCharArray();
            fresh.clear();
            setKeysEnabled(fresh, false);
            // The PIN now belongs to the check (it runs on the store's thread).
            onPin.accept(pin);
        });
        return fresh;
    }

    /** Shows the outcome of a check; {@code blocked} keeps the pad disabled (locked out, disabled therapist). */
    public void message(String words, boolean blocked) {
        message.setText(words);
        if (blocked) {
            setKeysEnabled(pad, false);
        } else {
            String heading = title.getText();
            reset(heading);
            message.setText(words);
        }
    }

    /** Something more to choose before the PIN (the administrators' tiles), under the message. */
    public void setExtra(JComponent component) {
        extra.removeAll();
        if (component != null) {
            extra.add(component);
        }
        extra.revalidate();
    }

    public String messageText() {
        return message.getText();
    }

    public boolean padEnabled() {
        return pad.getComponentCount() > 0 && findKey(pad, "key.1").map(Component::isEnabled).orElse(false);
    }

    public PinPad pad() {
        return pad;
    }

    private static Optional<Component> findKey(Container parent, String name) {
        for (Component child : parent.getComponents()) {
            if (name.equals(child.getName())) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    private static void setKeysEnabled(Container parent, boolean enabled) {
        for (Component child : parent.getComponents()) {
            child.setEnabled(enabled);
        }
    }
}
